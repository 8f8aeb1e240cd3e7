package potconsole.app.cli;

import java.io.Console;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Destructive verbs: say first what will be lost, then ask on a terminal; without one, {@code --yes} is required.
 */
final class Confirm {
    private Confirm() {}

    /**
     * Null when the caller may go ahead; otherwise the exit code to return (nothing was sent). {@code loss} is said
     * before anything else, e.g. "purging the snapshots of web deletes 2 snapshots: …".
     */
    static Integer check(CommandSpec spec, boolean yes, String loss, String question) {
        spec.commandLine().getErr().println("potctl: " + loss);
        if (yes) {
            return null;
        }
        Console console = System.console();
        if (console == null) {
            spec.commandLine().getErr().println("potctl: add --yes to confirm without a terminal; nothing was changed");
            return PotCtl.USAGE;
        }
        String answer = console.readLine("%s [y/N] ", question);
        if (answer != null && answer.strip().toLowerCase(Locale.ROOT).matches("y|yes")) {
            return null;
        }
        spec.commandLine().getErr().println("potctl: not confirmed; nothing was changed");
        return PotCtl.POT_FAILED;
    }
}
