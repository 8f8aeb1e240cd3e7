package potconsole.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.engine.command.ConfigCommand;

@Command(
        name = "config",
        description = "pot's configuration values (pot config -g NAME): fs_root, zfs_root, gateway, syslogd,"
                + " pot_prefix, fscomp_prefix, network_stack.")
final class ConfigCmd implements Callable<Integer> {
    @ParentCommand
    PotCtl root;

    @Spec
    CommandSpec spec;

    @Option(names = "-g", paramLabel = "NAME", description = "One value (repeat for more; default: all seven).")
    List<String> names;

    @Option(names = "-q", description = "Values only.")
    boolean quiet;

    @Option(names = "--json", description = "As JSON: {\"name\": \"value\", …} in the order asked.")
    boolean json;

    @Override
    public Integer call() {
        List<String> asked = names != null
                ? names
                : List.of("fs_root", "zfs_root", "gateway", "syslogd", "pot_prefix", "fscomp_prefix", "network_stack");
        List<ConfigCommand> commands =
                asked.stream().map(n -> new ConfigCommand(n, true)).toList();
        Map<String, String> values = new LinkedHashMap<>();
        for (ConfigCommand c : commands) {
            values.put(
                    c.name(),
                    String.join("\n", root.service().execute(c).nonBlankData()).strip());
        }
        if (json) {
            Json.print(spec, values);
        } else {
            values.forEach((k, v) -> spec.commandLine().getOut().println(quiet ? v : k + " = " + v));
        }
        return 0;
    }
}
