package potconsole.app.cli;

import java.io.PrintWriter;
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
import potconsole.engine.service.PotService;

@Command(
        name = "config",
        description = "pot's configuration values (pot config -g NAME): fs_root, zfs_root, gateway, syslogd,"
                + " pot_prefix, fscomp_prefix, network_stack.")
final class ConfigCmd implements Callable<Integer>, HostRead<Map<String, String>> {
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

    private List<ConfigCommand> commands = List.of();

    @Override
    public Integer call() {
        List<String> asked = names != null
                ? names
                : List.of("fs_root", "zfs_root", "gateway", "syslogd", "pot_prefix", "fscomp_prefix", "network_stack");
        commands = asked.stream().map(n -> new ConfigCommand(n, true)).toList();
        return Fanout.run(root, spec, this);
    }

    @Override
    public Map<String, String> read(PotService service) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ConfigCommand c : commands) {
            values.put(
                    c.name(),
                    String.join("\n", service.execute(c).nonBlankData()).strip());
        }
        return values;
    }

    @Override
    public boolean json() {
        return json;
    }

    @Override
    public Object toJson(Map<String, String> values) {
        return values;
    }

    @Override
    public void print(Map<String, String> values, PrintWriter out, PrintWriter err) {
        values.forEach((k, v) -> out.println(quiet ? v : k + " = " + v));
    }
}
