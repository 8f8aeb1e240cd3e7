package potconsole.app.pots;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import potconsole.app.dialog.DialogService;
import potconsole.app.dialog.ErrorText;
import potconsole.app.jobs.TasksViewModel;
import potconsole.engine.command.GetRssCommand;
import potconsole.engine.command.PotCommand;
import potconsole.engine.model.Attribute;
import potconsole.engine.model.EnvVar;
import potconsole.engine.model.PotState;
import potconsole.engine.parse.Message;
import potconsole.engine.parse.PotOutput;
import potconsole.engine.parse.ResourceUsage;
import potconsole.engine.secret.Secrets;

/**
 * The selected pot's details and its edits in place. Each edit is validated by the engine's command record (so a
 * bad value is explained before anything is sent), sent as exactly that pot command, and pot's answer is shown.
 * FX thread only.
 */
public final class PotDetailsViewModel {
    private final TasksViewModel tasks;
    private final DialogService dialogs;
    private final ObjectProperty<Optional<PotRow>> selected = new SimpleObjectProperty<>(Optional.empty());
    private final ReadOnlyStringWrapper lastAnswer = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper usage = new ReadOnlyStringWrapper("");

    public PotDetailsViewModel(TasksViewModel tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public ObjectProperty<Optional<PotRow>> selectedProperty() {
        return selected;
    }

    /** What pot said to the last edit (its ===> lines), or "done". */
    public ReadOnlyStringProperty lastAnswerProperty() {
        return lastAnswer.getReadOnlyProperty();
    }

    /**
     * Builds the command (validation happens here), then sends it. Returns the problem when the value is refused
     * before sending, so the form can show it next to the field.
     */
    public Optional<String> apply(Function<String, PotCommand> build) {
        Optional<PotRow> row = selected.get();
        if (row.isEmpty()) {
            return Optional.of("No pot selected");
        }
        PotCommand command;
        try {
            command = build.apply(row.get().name());
        } catch (IllegalArgumentException e) {
            return Optional.of(Secrets.hide(e.getMessage()));
        }
        PotRow r = row.get();
        lastAnswer.set(Secrets.hide("running: " + command.display()));
        tasks.run(
                r.host(),
                command.display(),
                r.host().service().job(command),
                out -> lastAnswer.set(Secrets.hide(answer(command, (PotOutput) out))),
                e -> {
                    ErrorText t = ErrorText.of(e);
                    lastAnswer.set("pot refused: " + t.headline());
                    dialogs.error(command.subcommand() + " failed", t.headline(), t.details());
                });
        return Optional.empty();
    }

    /** The other pots on the selected pot's host, offered when a dependency is typed. */
    public List<String> otherPots() {
        return selected.get()
                .flatMap(r -> r.host()
                        .inventory()
                        .map(inv -> inv.pots().stream()
                                .map(p -> p.name())
                                .filter(n -> !n.equals(r.name()))
                                .toList()))
                .orElse(List.of());
    }

    /**
     * What the engine refuses in an edit before anything is sent (for the field's mark); nothing runs. Empty when
     * no pot is selected or the value would be sent.
     */
    public Optional<String> check(Function<String, PotCommand> build) {
        Optional<PotRow> row = selected.get();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        try {
            build.apply(row.get().name());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(Secrets.hide(e.getMessage()));
        }
    }

    /**
     * What is wrong with a pot that pot itself does not say: a dependency on a pot that is gone (pot keeps the
     * {@code pot.depend} line when that pot is destroyed; start tries it and ignores the failure), a wedged state.
     */
    public static List<String> problems(PotRow row) {
        List<String> found = new ArrayList<>();
        for (String dep : row.pot().dependencies()) {
            if (row.host().pot(dep).isEmpty()) {
                found.add("Depends on " + dep + ", which does not exist on "
                        + row.host().name()
                        + ": pot start tries to start it first and ignores the failure. Remove the pot.depend="
                        + dep + " line from its pot.conf if it is no longer needed.");
            }
        }
        if (row.pot().state() == PotState.WEDGED) {
            found.add(PotActionsViewModel.wedgedExplanation(row.name()));
        }
        return found;
    }

    private static String answer(PotCommand command, PotOutput out) {
        List<String> infos = out.messages().stream()
                .filter(m -> m.level() == Message.Level.INFO)
                .map(Message::text)
                .toList();
        return command.display() + " — " + (infos.isEmpty() ? "done" : String.join("; ", infos));
    }

    /** Live memory and CPU of the running pot ({@code pot get-rss -J}; needs rctl on the host). */
    public ReadOnlyStringProperty usageProperty() {
        return usage.getReadOnlyProperty();
    }

    public void refreshUsage() {
        Optional<PotRow> row = selected.get();
        if (row.isEmpty()) {
            return;
        }
        PotRow r = row.get();
        usage.set("reading…");
        GetRssCommand command = new GetRssCommand(r.name(), true);
        tasks.run(
                command.display(),
                r.host().name(),
                r.host().service().job(command),
                out -> {
                    ResourceUsage u = ResourceUsage.parseJson(((PotOutput) out).data());
                    usage.set(String.format(
                            Locale.ROOT,
                            "memory %.1f MiB, swap %.1f MiB, CPU %.0f %%",
                            u.rssBytes() / 1048576.0,
                            u.swapBytes() / 1048576.0,
                            u.cpuPercent()));
                },
                e -> usage.set(ErrorText.of(e).headline()));
    }

    public Optional<String> setAttribute(Attribute attribute, String value) {
        return apply(DetailCommands.attribute(attribute, value));
    }

    public Optional<String> setCommand(String command) {
        return apply(DetailCommands.command(command));
    }

    public Optional<String> setResources(String cpus, String memory) {
        return apply(DetailCommands.resources(cpus, memory));
    }

    /** Lines the editor shows as {@code NAME=••••} are sent with the pot's real value for NAME. */
    public Optional<String> setEnvironment(List<String> assignments) {
        List<EnvVar> current = selected.get().map(r -> r.pot().env()).orElse(List.of());
        List<String> real =
                assignments.stream().map(l -> revealed(l, current, true)).toList();
        return apply(DetailCommands.environment(real));
    }

    /** What the engine would refuse in the environment as typed (masked lines count with their real values). */
    public Optional<String> environmentProblem(List<String> assignments) {
        List<EnvVar> current = selected.get().map(r -> r.pot().env()).orElse(List.of());
        return check(DetailCommands.environment(
                assignments.stream().map(l -> revealed(l, current, true)).toList()));
    }

    /**
     * The env editor's text: secret values (by the {@link Secrets} rule, or marked) as {@value Secrets#MASK}, or,
     * when {@code reveal}, the real values of the lines still masked. Lines the person edited stay as typed.
     */
    public static String revealed(String text, List<EnvVar> env, boolean reveal) {
        Map<String, String> values = new LinkedHashMap<>();
        env.forEach(v -> values.put(v.name(), v.value()));
        return text.lines()
                .map(l -> {
                    int eq = l.indexOf('=');
                    if (eq <= 0) {
                        return l;
                    }
                    String name = l.substring(0, eq).strip();
                    String value = l.substring(eq + 1);
                    if (reveal && value.equals(Secrets.MASK) && values.containsKey(name)) {
                        return name + "=" + values.get(name);
                    }
                    if (!reveal
                            && !value.isEmpty()
                            && Secrets.standard().isSecretName(name)
                            && value.equals(values.get(name))) {
                        return name + "=" + Secrets.MASK;
                    }
                    return l;
                })
                .collect(Collectors.joining("\n"));
    }

    /** Marks a variable secret: its value is masked in the editor, the journal and every other sink from now on. */
    public Optional<String> markSecret(String name) {
        String n = name.strip();
        if (!n.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return Optional.of("'" + n + "' is not a variable name");
        }
        try {
            Secrets.markName(n);
        } catch (IOException e) {
            return Optional.of("Masked for now, but not remembered: " + e.getMessage());
        }
        selected.get()
                .ifPresent(r -> r.pot().env().stream()
                        .filter(v -> v.name().equals(n))
                        .forEach(v -> Secrets.standard().markSecret(v.value())));
        return Optional.empty();
    }

    /** Lines {@code hostname IP} or {@code hostname:IP}. */
    public Optional<String> setHosts(List<String> lines) {
        return apply(DetailCommands.hosts(lines));
    }

    /** Specs {@code [tcp:|udp:]POT_PORT[:HOST_PORT]}, separated by spaces. */
    public Optional<String> exportPorts(String specs) {
        return apply(DetailCommands.ports(specs));
    }

    public Optional<String> addDependency(String other) {
        return apply(DetailCommands.dependency(other));
    }

    public Optional<String> mountDirectory(String hostDir, String mountPoint, boolean readOnly) {
        return apply(DetailCommands.mount(hostDir, mountPoint, readOnly));
    }

    public Optional<String> copyIn(String source, String destination, boolean force) {
        return apply(DetailCommands.copyIn(source, destination, force));
    }
}
