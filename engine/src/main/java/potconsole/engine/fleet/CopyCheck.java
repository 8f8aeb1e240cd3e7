package potconsole.engine.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import potconsole.engine.model.NetworkType;
import potconsole.engine.model.Pot;

/**
 * The copy compared with its source, field by field as the inventory reads them: attributes, cmd, resources, env,
 * ports, dependencies, mounts, network and hooks. Differences pot import makes on purpose (the host name, a new IP
 * on a public bridge or for an alias, pot-spec §5.2 step 8) are reported as expected; any other fails the check.
 */
public final class CopyCheck {
    /** One field that differs; {@code expected} when pot import changes it by design. */
    public record Difference(String field, String source, String copy, boolean expected) {
        public String describe() {
            return field + ": " + source + " → " + copy + (expected ? " (pot import assigns it)" : "");
        }
    }

    private CopyCheck() {}

    public static List<Difference> compare(Pot source, Pot copy) {
        List<Difference> out = new ArrayList<>();
        boolean renumbered = source.network().type() == NetworkType.PUBLIC_BRIDGE
                || source.network().type() == NetworkType.ALIAS;
        field(out, "type", source, copy, Pot::type, false);
        field(out, "base", source, copy, Pot::base, false);
        field(out, "network type", source, copy, p -> p.network().type(), false);
        field(out, "ip", source, copy, p -> p.network().ips(), renumbered);
        field(out, "bridge", source, copy, p -> p.network().bridge(), false);
        field(out, "stack", source, copy, p -> p.network().stack(), false);
        field(out, "dns", source, copy, Pot::dns, false);
        field(out, "cmd", source, copy, Pot::cmd, false);
        field(out, "attributes", source, copy, Pot::attributes, false);
        field(out, "resources", source, copy, Pot::resources, false);
        field(out, "env", source, copy, Pot::env, false);
        field(out, "ports", source, copy, Pot::exportedPorts, false);
        field(out, "dependencies", source, copy, Pot::dependencies, false);
        field(out, "mounts", source, copy, Pot::fscomps, false);
        field(out, "hosts", source, copy, Pot::hosts, false);
        field(out, "hooks", source, copy, Pot::hooks, false);
        field(out, "hostname", source, copy, Pot::hostname, true);
        return out;
    }

    /** Whether only differences pot import makes by design were found. */
    public static boolean passed(List<Difference> differences) {
        return differences.stream().allMatch(Difference::expected);
    }

    /** An absent value as "none", a present one as itself (not "Optional[…]"). */
    private static String shown(Object value) {
        if (value instanceof Optional<?> o) {
            return o.map(String::valueOf).orElse("none");
        }
        return String.valueOf(value);
    }

    private static void field(
            List<Difference> out, String name, Pot source, Pot copy, Function<Pot, ?> read, boolean expected) {
        Object a = read.apply(source);
        Object b = read.apply(copy);
        if (!Objects.equals(a, b)) {
            out.add(new Difference(name, shown(a), shown(b), expected));
        }
    }
}
