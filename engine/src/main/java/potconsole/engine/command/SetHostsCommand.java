package potconsole.engine.command;

import java.util.List;
import potconsole.engine.model.EtcHostsEntry;

/** {@code pot set-hosts -p pot -H host:IP…}: replaces all pot.hosts lines. */
public record SetHostsCommand(String pot, List<EtcHostsEntry> entries) implements PotCommand {
    public SetHostsCommand {
        Validate.existingPotName(pot);
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new InvalidArgumentException("pot set-hosts needs at least one host:IP entry");
        }
        entries.forEach(e -> Validate.hostEntry(e.hostname(), e.ip()));
    }

    public String subcommand() {
        return "set-hosts";
    }

    public List<String> arguments() {
        return Args.of()
                .opt("-p", pot)
                .each("-H", entries.stream().map(EtcHostsEntry::setHostsArg).toList())
                .build();
    }
}
