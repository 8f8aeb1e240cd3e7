package potconsole.app.pots;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import potconsole.app.dialog.DialogService;
import potconsole.app.jobs.TasksViewModel;
import potconsole.engine.command.ExecCommand;
import potconsole.engine.command.ShellWords;
import potconsole.engine.command.TermCommand;
import potconsole.engine.exec.Privilege;
import potconsole.engine.exec.Tty;

/** Commands inside a running pot: a one-off exec, pot term in the console, pot term in a system terminal. */
public final class PotShellActions {
    private final Supplier<PotRow> first;
    private final TasksViewModel tasks;
    private final DialogService dialogs;

    PotShellActions(Supplier<PotRow> first, TasksViewModel tasks, DialogService dialogs) {
        this.first = first;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** One-off command inside a running pot; output streams into its task. */
    public void exec(String commandLine) {
        PotRow r = first.get();
        List<String> words = ShellWords.split(commandLine);
        PotActionsViewModel.runCommand(
                tasks, r, new ExecCommand(r.name(), words, List.of(), Optional.empty(), false, false));
    }

    public void promptExec() {
        PotRow r = first.get();
        dialogs.prompt(
                "Run inside " + r.name(),
                "Command (words split like sh does)",
                "",
                s -> {
                    try {
                        return ShellWords.split(s).isEmpty() ? Optional.of("Type a command") : Optional.empty();
                    } catch (IllegalArgumentException e) {
                        return Optional.of(e.getMessage());
                    }
                },
                this::exec);
    }

    /**
     * Opens {@code pot term NAME} on the host's PTY (in a job: an SSH channel may need a moment). The task lasts as
     * long as the session, so the drawer says it is live, and when and how it ended.
     */
    public void openTerminal(BiConsumer<String, Tty> show) {
        PotRow r = first.get();
        String title = "pot term " + r.name() + " — " + r.host().name();
        tasks.run(
                r.host(),
                title,
                ctx -> {
                    Tty tty = r.host().service().openTty(new TermCommand(r.name()), 100, 30);
                    tasks.fx().execute(() -> show.accept(title, tty));
                    ctx.phase("session open");
                    return tty.waitFor();
                },
                code -> {},
                e -> dialogs.error("Terminal", e));
    }

    /** The command that opens pot's own terminal on this host, for a system terminal. */
    public String terminalCommand() {
        PotRow r = first.get();
        String potTerm = "pot term " + r.name();
        Optional<String> sudo = r.host().service().privilege() == Privilege.NONE
                ? Optional.empty()
                : Optional.of(String.join(" ", r.host().service().privilege().prefix()) + " ");
        String inner = sudo.orElse("") + potTerm;
        return r.host()
                .profile()
                .map(p -> "ssh -t " + p.user().map(u -> u + "@").orElse("") + p.address()
                        + p.port().map(x -> " -p " + x).orElse("") + " " + inner)
                .orElse(inner);
    }
}
