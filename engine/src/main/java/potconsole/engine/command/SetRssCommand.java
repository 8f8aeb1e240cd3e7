package potconsole.engine.command;

import java.util.List;
import java.util.Optional;

/** {@code pot set-rss -p pot [-C cpus] [-M memory]}; takes effect at the next start. */
public record SetRssCommand(String pot, Optional<Integer> cpus, Optional<String> memory) implements PotCommand {
    public SetRssCommand {
        Validate.existingPotName(pot);
        cpus.ifPresent(Validate::cpus);
        memory.ifPresent(Validate::memory);
        if (cpus.isEmpty() && memory.isEmpty()) {
            throw new InvalidArgumentException("Give a CPU limit, a memory limit or both");
        }
    }

    public String subcommand() {
        return "set-rss";
    }

    public List<String> arguments() {
        return Args.of()
                .opt("-p", pot)
                .opt("-C", cpus.map(String::valueOf))
                .opt("-M", memory)
                .build();
    }
}
