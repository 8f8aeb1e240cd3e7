package potconsole.app.cli;

import picocli.CommandLine.Model.CommandSpec;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.job.JobContext;
import potconsole.engine.job.JobListener;
import potconsole.engine.parse.Message;
import potconsole.engine.parse.PotOutput;

/** Runs jobs inline for the CLI, with their output streamed to the terminal as it arrives. */
final class Jobs {
    private Jobs() {}

    static JobContext printing(CommandSpec spec) {
        return printing(spec, false);
    }

    /** As {@link #printing(CommandSpec)}; with {@code allToStderr} pot's output stays off stdout (it holds JSON). */
    static JobContext printing(CommandSpec spec, boolean allToStderr) {
        return new JobContext(
                new JobListener() {
                    @Override
                    public void output(String line, boolean stderr) {
                        (stderr || allToStderr
                                        ? spec.commandLine().getErr()
                                        : spec.commandLine().getOut())
                                .println(line);
                    }
                },
                new Cancellation());
    }

    /** For commands that were not streamed: pot's info lines, so nothing pot said is lost. */
    static void printMessages(CommandSpec spec, PotOutput output) {
        if (output == null) {
            return;
        }
        output.messages().stream()
                .filter(m -> m.level() == Message.Level.INFO)
                .forEach(m -> spec.commandLine().getErr().println(m.text()));
    }
}
