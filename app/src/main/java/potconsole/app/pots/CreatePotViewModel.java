package potconsole.app.pots;

import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import potconsole.app.dialog.CommandDraft;
import potconsole.app.dialog.DialogService;
import potconsole.app.dialog.OrderedChoices;
import potconsole.app.jobs.TaskItem;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.state.HostEntry;
import potconsole.engine.command.CreateCommand;
import potconsole.engine.command.NetworkOptions;
import potconsole.engine.command.Validate;
import potconsole.engine.model.NetworkStack;
import potconsole.engine.model.NetworkType;
import potconsole.engine.model.PotType;
import potconsole.engine.service.NetworkRules;

/**
 * The create wizard: every choice of {@code pot create}, the name checked by pot's rules as typed, the exact command
 * shown before it runs, flavours in order. Single is the default type: only single pots can become images.
 */
public final class CreatePotViewModel {
    private final HostEntry host;
    private final PotsViewModel pots;
    private final TasksViewModel tasks;
    private final DialogService dialogs;

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<PotType> type = new SimpleObjectProperty<>(PotType.SINGLE);
    private final ObjectProperty<Integer> level = new SimpleObjectProperty<>(1);
    private final StringProperty base = new SimpleStringProperty("");
    private final StringProperty reference = new SimpleStringProperty("");
    private final ObjectProperty<NetworkType> network = new SimpleObjectProperty<>(NetworkType.INHERIT);
    private final StringProperty ip = new SimpleStringProperty("");
    private final StringProperty bridge = new SimpleStringProperty("");
    private final ObjectProperty<Optional<NetworkStack>> stack = new SimpleObjectProperty<>(Optional.empty());
    private final StringProperty dns = new SimpleStringProperty("inherit");
    private final OrderedChoices flavours = new OrderedChoices();
    private final BooleanProperty keepOnFailure = new SimpleBooleanProperty();

    private final StringBinding problem;
    private final StringBinding preview;

    public CreatePotViewModel(HostEntry host, PotsViewModel pots, TasksViewModel tasks, DialogService dialogs) {
        this.host = host;
        this.pots = pots;
        this.tasks = tasks;
        this.dialogs = dialogs;
        host.inventory().flatMap(inv -> inv.bases().stream().findFirst()).ifPresent(b -> base.set(b.name()));
        Observable[] deps = {
            name, type, level, base, reference, network, ip, bridge, stack, dns, flavours.items(), keepOnFailure
        };
        // Built once per change; the problem and the preview are both read from that one draft.
        ObjectBinding<CommandDraft<CreateCommand>> draft = Bindings.createObjectBinding(this::build, deps);
        problem = Bindings.createStringBinding(() -> draft.get().problem(), draft);
        preview = Bindings.createStringBinding(
                () -> draft.get().command().map(CreateCommand::display).orElse(""), draft);
    }

    public HostEntry host() {
        return host;
    }

    public List<String> availableBases() {
        return host.inventory()
                .map(i -> i.bases().stream().map(b -> b.name()).toList())
                .orElse(List.of());
    }

    public List<String> availableFlavours() {
        return host.inventory()
                .map(i -> i.flavours().stream().map(f -> f.name()).toList())
                .orElse(List.of());
    }

    public List<String> availableBridges() {
        return host.inventory()
                .map(i -> i.bridges().stream().map(b -> b.name()).toList())
                .orElse(List.of());
    }

    public List<String> availablePots() {
        return pots.rowsOf(host).stream().map(PotRow::name).sorted().toList();
    }

    /** Empty when the form is complete; else what is wrong, in pot's terms. */
    public StringBinding problemProperty() {
        return problem;
    }

    /** The exact command line that will run. */
    public StringBinding previewProperty() {
        return preview;
    }

    /** The name alone, for the message under the name field. */
    public Optional<String> nameProblem() {
        if (name.get().isEmpty()) {
            return Optional.empty();
        }
        try {
            Validate.potName(name.get());
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        return availablePots().contains(name.get())
                ? Optional.of("pot " + name.get() + " already exists on " + host.name())
                : Optional.empty();
    }

    private CommandDraft<CreateCommand> build() {
        try {
            Optional<String> nameProblem = nameProblem();
            if (nameProblem.isPresent()) {
                return CommandDraft.wrong(nameProblem.get());
            }
            Optional<String> networkProblem = networkProblem();
            if (networkProblem.isPresent()) {
                return CommandDraft.wrong(networkProblem.get());
            }
            CreateCommand c = new CreateCommand(
                    name.get(),
                    type.get(),
                    type.get() == PotType.MULTI ? Optional.of(level.get()) : Optional.empty(),
                    base.get().isBlank() ? Optional.empty() : Optional.of(base.get()),
                    reference.get().isBlank() ? Optional.empty() : Optional.of(reference.get()),
                    networkOptions(),
                    List.copyOf(flavours.items()),
                    keepOnFailure.get());
            return CommandDraft.of(c);
        } catch (IllegalArgumentException e) {
            return CommandDraft.wrong(e.getMessage());
        }
    }

    /** The network choices alone (network type, IP, bridge, stack, dns), for the mark on the IP field. */
    public Optional<String> networkProblem() {
        try {
            NetworkOptions net = networkOptions();
            // An explicit bridge IP is checked like potnet validate, against the host's network and its pots' IPs.
            return host.inventory().flatMap(inventory -> NetworkRules.problem(net, inventory));
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private NetworkOptions networkOptions() {
        return new NetworkOptions(
                Optional.of(network.get()),
                ip.get().isBlank() ? List.of() : List.of(ip.get().strip().split("\\s+")),
                bridge.get().isBlank() ? Optional.empty() : Optional.of(bridge.get()),
                stack.get(),
                dns.get().equals("inherit") ? Optional.empty() : Optional.of(dns.get()));
    }

    /** The flavours to apply, in order: add, move and remove through it; read them from its items(). */
    public OrderedChoices flavours() {
        return flavours;
    }

    /** Runs the create as a task (its output streams into the task drawer). */
    public Optional<TaskItem> create(Runnable onCreated) {
        // Built afresh: the pots on the host may have changed since the last keystroke.
        Optional<CreateCommand> c = build().command();
        if (c.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(tasks.run(host, c.get().display(), host.service().job(c.get()), v -> onCreated.run()));
    }

    // The form's fields, for the view to bind.

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<PotType> typeProperty() {
        return type;
    }

    public ObjectProperty<Integer> levelProperty() {
        return level;
    }

    public StringProperty baseProperty() {
        return base;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public ObjectProperty<NetworkType> networkProperty() {
        return network;
    }

    public StringProperty ipProperty() {
        return ip;
    }

    public StringProperty bridgeProperty() {
        return bridge;
    }

    public ObjectProperty<Optional<NetworkStack>> stackProperty() {
        return stack;
    }

    public StringProperty dnsProperty() {
        return dns;
    }

    public BooleanProperty keepOnFailureProperty() {
        return keepOnFailure;
    }
}
