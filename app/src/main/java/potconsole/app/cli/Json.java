package potconsole.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import picocli.CommandLine.Model.CommandSpec;
import potconsole.engine.model.NetworkStack;
import potconsole.engine.model.PortMapping;
import potconsole.engine.model.Pot;
import potconsole.engine.model.PotState;
import potconsole.engine.model.Snapshot;

/** {@code --json} output: maps built in a fixed key order, pot's own words for values, indented. */
final class Json {
    private Json() {}

    static void print(CommandSpec spec, Object value) {
        print(spec.commandLine().getOut(), value);
    }

    static void print(PrintWriter out, Object value) {
        try {
            out.println(InventoryCmd.mapper().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An ordered object: {@code obj("name", "web", "state", "started")}. */
    static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object v = keysAndValues[i + 1];
            m.put((String) keysAndValues[i], v instanceof Optional<?> o ? o.orElse(null) : v);
        }
        return m;
    }

    /** pot's word for a state: its status file says started/stopped/starting/stopping/doa; wedged is the console's. */
    static String state(PotState state) {
        return state == PotState.RUNNING ? "started" : state.label();
    }

    /** One pot as {@code ls --json} prints it, in pot.conf's words. */
    static Map<String, Object> pot(Pot p) {
        Map<String, Object> attributes = new TreeMap<>();
        p.attributes().forEach((k, v) -> attributes.put(k.potName(), v));
        Map<String, Object> env = new LinkedHashMap<>();
        p.env().forEach(e -> env.put(e.name(), e.value()));
        return obj(
                "name", p.name(),
                "state", state(p.state()),
                "type", p.type().potValue(),
                "level", p.level(),
                "base", p.base(),
                "pot-base", p.potBase(),
                "network-type", p.network().type().potValue(),
                "ips", p.network().ips(),
                "bridge", p.network().bridge(),
                "stack", p.network().stack().map(NetworkStack::potValue),
                "dns", p.dns(),
                "cmd", p.cmd(),
                "hostname", p.hostname(),
                "cpus", p.resources().cpus(),
                "memory", p.resources().memory(),
                "env", env,
                "hosts", p.hosts().stream().map(h -> h.setHostsArg()).toList(),
                "ports", p.exportedPorts().stream().map(PortMapping::spec).toList(),
                "depends", p.dependencies(),
                "mounts",
                        p.fscomps().stream()
                                .map(f -> obj(
                                        "source", f.source(),
                                        "mountpoint", f.mountPoint(),
                                        "option",
                                                f.option().potValue().isEmpty()
                                                        ? null
                                                        : f.option().potValue()))
                                .toList(),
                "snapshots", p.snapshots().stream().sorted().map(Snapshot::name).toList(),
                "attributes", attributes,
                "origin", p.origin(),
                "hooks", p.hooks());
    }
}
