package potconsole.app.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.command.SetHostsCommand;
import potconsole.engine.model.EtcHostsEntry;

@Command(name = "set-hosts", description = "Replace a pot's extra /etc/hosts lines (pot set-hosts).")
final class SetHostsCmd extends PotVerb {
    @Option(names = "-H", required = true, paramLabel = "HOST:IP", description = "An entry; repeat for more.")
    List<String> entries;

    @Override
    public Integer call() {
        List<EtcHostsEntry> parsed = entries.stream().map(SetHostsCmd::entry).toList();
        return done(root.service().execute(new SetHostsCommand(pot(), parsed)));
    }

    private static EtcHostsEntry entry(String spec) {
        int colon = spec.indexOf(':');
        if (colon <= 0 || colon == spec.length() - 1) {
            throw new InvalidArgumentException("'" + spec + "' is not HOST:IP");
        }
        return new EtcHostsEntry(spec.substring(colon + 1), spec.substring(0, colon));
    }
}
