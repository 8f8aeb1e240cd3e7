package potconsole.app.pots;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import potconsole.app.dialog.DialogService;
import potconsole.app.jobs.TasksViewModel;
import potconsole.engine.command.ExecCommand;
import potconsole.engine.command.PotCommand;
import potconsole.engine.command.ShellWords;
import potconsole.engine.command.TermCommand;
import potconsole.engine.command.TopCommand;
import potconsole.engine.exec.Privilege;
import potconsole.engine.exec.Tty;

/**
 * Commands inside a running pot: a one-off exec, pot term and pot top in the console, pot term in a system terminal.
 */
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
        openSession(r, new TermCommand(r.name()), "pot term " + r.name(), "Terminal", show);
    }

    /** {@code pot top -p NAME} (top -J inside the pot) in the console's terminal window, by the same PTY path. */
    public void openTop(BiConsumer<String, Tty> show) {
        PotRow r = first.get();
        openSession(r, new TopCommand(r.name()), "pot top -p " + r.name(), "Top", show);
    }

    private void openSession(
            PotRow r, PotCommand command, String what, String errorTitle, BiConsumer<String, Tty> show) {
        String title = what + " — " + r.host().name();
        tasks.run(
                r.host(),
                title,
                ctx -> {
                    Tty tty = r.host().service().openTty(command, 100, 30);
                    tasks.fx().execute(() -> show.accept(title, tty));
                    ctx.phase("session open");
                    return tty.waitFor();
                },
                code -> {},
                e -> dialogs.error(errorTitle, e));
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
