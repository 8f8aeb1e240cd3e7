package potconsole.app.images;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.state.HostEntry;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.command.ListCommand;
import potconsole.engine.command.NetworkOptions;
import potconsole.engine.command.PrepareCommand;
import potconsole.engine.error.UnconfirmedResultException;
import potconsole.engine.model.NetworkType;

/**
 * "Run image (pot prepare)": an image's URL, pot and tag, the new pot's name and allocation id, its command, network
 * type and ports, a signature key — previewed as the exact {@code pot prepare …} line. The run is a task; the new pot
 * is then looked for on the host, and with "start" it is started as the console starts any pot (it blocks while the
 * command runs, pot-spec §0.3). FX thread only.
 */
public final class PrepareImageViewModel {
    private final HostEntry host;
    private final TasksViewModel tasks;
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty pot = new SimpleStringProperty("");
    private final StringProperty tag = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty allocation = new SimpleStringProperty("1");
    private final StringProperty command = new SimpleStringProperty("");
    private final StringProperty network = new SimpleStringProperty("inherit");
    private final StringProperty ports = new SimpleStringProperty("");
    private final StringProperty publicKey = new SimpleStringProperty("");
    private final BooleanProperty start = new SimpleBooleanProperty(true);
    private final StringBinding preview;
    private final StringBinding problem;

    public PrepareImageViewModel(HostEntry host, TasksViewModel tasks) {
        this.host = host;
        this.tasks = tasks;
        Observable[] all = {url, pot, tag, name, allocation, command, network, ports, publicKey};
        this.preview = Bindings.createStringBinding(
                () -> build().map(PrepareCommand::display).orElse(""), all);
        this.problem = Bindings.createStringBinding(this::why, all);
    }

    public HostEntry host() {
        return host;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty potProperty() {
        return pot;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty allocationProperty() {
        return allocation;
    }

    public StringProperty commandProperty() {
        return command;
    }

    public StringProperty networkProperty() {
        return network;
    }

    /** Port specs separated by spaces or commas, each {@code [proto:]port[:pot_port]}. */
    public StringProperty portsProperty() {
        return ports;
    }

    public StringProperty publicKeyProperty() {
        return publicKey;
    }

    public BooleanProperty startProperty() {
        return start;
    }

    public StringBinding previewProperty() {
        return preview;
    }

    public StringBinding problemProperty() {
        return problem;
    }

    public List<String> networkTypes() {
        return Arrays.stream(NetworkType.values()).map(NetworkType::potValue).toList();
    }

    /** Runs prepare as a task, checks the new pot is on the host, then starts it when asked. */
    public Optional<String> run() {
        Optional<PrepareCommand> c = build();
        if (c.isEmpty()) {
            return Optional.empty();
        }
        PrepareCommand prepare = c.get();
        tasks.run(
                host,
                prepare.display(),
                ctx -> {
                    host.service().execute(prepare, ctx.execListener(), ctx.cancellation());
                    if (!host.service().names(ListCommand.Kind.POTS).contains(prepare.newPotName())) {
                        throw new UnconfirmedResultException(
                                "pot prepare exited 0, but there is no pot " + prepare.newPotName() + " on "
                                        + host.name(),
                                prepare.display(),
                                0,
                                List.of(),
                                List.of());
                    }
                    return prepare.newPotName();
                },
                created -> {
                    if (start.get()) {
                        tasks.run(host, "pot start " + created, host.service().start(created));
                    }
                });
        return Optional.of(prepare.newPotName());
    }

    private Optional<PrepareCommand> build() {
        try {
            return Optional.of(command());
        } catch (InvalidArgumentException e) {
            return Optional.empty();
        }
    }

    private String why() {
        try {
            command();
            return "";
        } catch (InvalidArgumentException e) {
            return e.getMessage();
        }
    }

    private PrepareCommand command() {
        NetworkType type = NetworkType.parse(network.get())
                .orElseThrow(() -> new InvalidArgumentException("Choose a network type"));
        List<String> portList = Arrays.stream(ports.get().split("[\\s,]+"))
                .filter(p -> !p.isBlank())
                .toList();
        return new PrepareCommand(
                url.get().strip(),
                pot.get().strip(),
                tag.get().strip(),
                allocation.get().strip(),
                optional(name),
                optional(command),
                NetworkOptions.of(type),
                portList,
                optional(publicKey),
                false,
                false);
    }

    private static Optional<String> optional(StringProperty p) {
        return Optional.of(p.get().strip()).filter(s -> !s.isEmpty());
    }
}
