package potconsole.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.engine.command.CloneFscompCommand;

@Command(
        name = "clone-fscomp",
        description =
                "Clone an fscomp from its latest snapshot (pot clone-fscomp); take one first with" + " snapshot -f.")
final class CloneFscompCmd implements Callable<Integer> {
    @ParentCommand
    PotCtl root;

    @Spec
    CommandSpec spec;

    @Option(names = "-f", required = true, paramLabel = "NEW", description = "The new fscomp's name.")
    String name;

    @Option(names = "-F", required = true, paramLabel = "SOURCE", description = "The fscomp to clone.")
    String source;

    @Override
    public Integer call() {
        Jobs.printMessages(spec, root.service().execute(new CloneFscompCommand(name, source)));
        return 0;
    }
}
