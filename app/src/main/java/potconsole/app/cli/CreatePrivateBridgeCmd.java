package potconsole.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.engine.command.CreatePrivateBridgeCommand;

@Command(name = "create-private-bridge", description = "Create a private bridge for pots (pot create-private-bridge).")
final class CreatePrivateBridgeCmd implements Callable<Integer> {
    @ParentCommand
    PotCtl root;

    @Spec
    CommandSpec spec;

    @Option(names = "-B", required = true, paramLabel = "NAME", description = "The bridge's name.")
    String name;

    @Option(names = "-S", required = true, paramLabel = "HOSTS", description = "How many pots it must hold.")
    int hosts;

    @Override
    public Integer call() {
        Jobs.printMessages(spec, root.service().execute(new CreatePrivateBridgeCommand(name, hosts)));
        return 0;
    }
}
