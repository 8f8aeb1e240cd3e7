package potconsole.engine.command;

import java.util.ArrayList;
import java.util.List;
import potconsole.engine.exec.ShellQuote;

/**
 * One pot subcommand, validated when constructed and rendered as an argv ({@code pot <subcommand> <args>}). It knows
 * whether pot needs root for it, whether it runs under pot's global lock (pot-spec §0.4; concurrent calls wait), and
 * whether it may block for long (§0.3).
 */
public interface PotCommand {
    /** The pot binary; on a packaged FreeBSD install it is on PATH as {@code pot}. */
    String POT = "pot";

    String subcommand();

    List<String> arguments();

    default List<String> argv() {
        List<String> argv = new ArrayList<>();
        argv.add(POT);
        argv.add(subcommand());
        argv.addAll(arguments());
        return List.copyOf(argv);
    }

    /** pot's {@code _is_uid0} check (pot-spec §3.3). */
    default boolean needsRoot() {
        return true;
    }

    /** Re-runs itself under {@code lockf -k /tmp/pot-lock-file}. */
    default boolean takesGlobalLock() {
        return false;
    }

    /** May run for minutes or for the lifetime of an application: run it as a job, never on a UI thread. */
    default boolean mayBlock() {
        return false;
    }

    /** Read-only commands may run in parallel; others are serialised per host by the console. */
    default boolean changesState() {
        return true;
    }

    /** The command line as a person would type it (quoted by the one quoter). */
    default String display() {
        return ShellQuote.join(argv());
    }
}
