package potconsole.app.cli;

import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.engine.command.SetRssCommand;

@Command(name = "set-rss", description = "Limit a pot's CPUs and memory (pot set-rss).")
final class SetRssCmd extends PotVerb {
    @Option(names = "-C", paramLabel = "CPUS", description = "How many CPUs the pot may use.")
    Integer cpus;

    @Option(names = "-M", paramLabel = "MEMORY", description = "Memory limit, e.g. 512M or 2G.")
    String memory;

    @Override
    public Integer call() {
        return done(root.service()
                .execute(new SetRssCommand(pot(), Optional.ofNullable(cpus), Optional.ofNullable(memory))));
    }
}
