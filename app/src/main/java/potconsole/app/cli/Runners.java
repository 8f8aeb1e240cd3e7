package potconsole.app.cli;

import potconsole.engine.exec.CommandRunner;
import potconsole.engine.journal.Journal;
import potconsole.engine.journal.JournalEntry;
import potconsole.engine.journal.JournalingRunner;

/** The connections potctl opens: journaled, and closed at the end of the run. */
final class Runners {
    private Runners() {}

    /**
     * Every command potctl runs goes to the console's journal (same file, same masking), marked as potctl's. The
     * journal's file is {@code $XDG_STATE_HOME/pot-console/journal.jsonl}.
     */
    static CommandRunner journaled(CommandRunner runner, String hostName) {
        return runner instanceof JournalingRunner
                ? runner
                : new JournalingRunner(
                        runner, Journal.appendingTo(Journal.defaultFile()), hostName, JournalEntry.POTCTL);
    }

    static void close(CommandRunner journaled) {
        CommandRunner runner = journaled instanceof JournalingRunner j ? j.delegate() : journaled;
        if (runner instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                // An SSH session that already broke has nothing left to release.
            }
        }
    }
}
