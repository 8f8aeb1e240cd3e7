package potconsole.app.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.engine.command.CreateBaseCommand;

@Command(name = "create-base", description = "Create a base from a FreeBSD release (pot create-base).")
final class CreateBaseCmd implements Callable<Integer> {
    @ParentCommand
    PotCtl root;

    @Spec
    CommandSpec spec;

    @Option(names = "-r", required = true, paramLabel = "RELEASE", description = "e.g. 14.1.")
    String release;

    @Option(names = "-b", paramLabel = "NAME", description = "The base's name (default: the release).")
    String name;

    @Override
    public Integer call() throws Exception {
        root.service()
                .job(new CreateBaseCommand(release, Optional.ofNullable(name)))
                .run(Jobs.printing(spec));
        return 0;
    }
}
