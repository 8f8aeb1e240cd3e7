package potconsole.engine.ascode;

import java.util.ArrayList;
import java.util.List;
import potconsole.engine.model.FscompEntry;
import potconsole.engine.model.Network;
import potconsole.engine.model.NetworkType;
import potconsole.engine.model.Pot;

/**
 * A playbook for the zilti.pot collection that recreates a pot: {@code pot_base} for its base, {@code pot_bridge} for a
 * private bridge, {@code pot_fscomp} for the fscomps it mounts, copy tasks for the generated flavour files, and
 * {@code pot_jail} with only the options the module documents (name, base, type, network_type, ip, bridge_name,
 * network_stack, mounts, flavour, state). The module takes one flavour, so the set-cmd line goes into the same
 * generated flavour, last. Everything else the module cannot set comes from that flavour.
 */
public final class AnsiblePlaybook {
    private AnsiblePlaybook() {}

    public static String of(Pot pot, PotAsCode.Result code, String flavourDir) {
        List<String> y = new ArrayList<>();
        y.add("---");
        y.add("# " + pot.name() + " as code, for the zilti.pot collection. " + String.join(" ", code.notes()));
        y.add("- name: " + q(pot.name() + " as code"));
        y.add("  hosts: pot_hosts");
        y.add("  become: true");
        y.add("  tasks:");
        pot.base().ifPresent(b -> task(y, "base " + b, "zilti.pot.pot_base", "name: " + q(b), "release: " + q(b)));
        Network n = pot.network();
        if (n.type() == NetworkType.PRIVATE_BRIDGE && n.bridge().isPresent()) {
            task(
                    y,
                    "bridge " + n.bridge().get(),
                    "zilti.pot.pot_bridge",
                    "name: " + q(n.bridge().get()));
        }
        for (FscompEntry m : PotAsCode.userMounts(pot)) {
            if (m.source().contains("/fscomp/")) {
                String fscomp = m.source().substring(m.source().lastIndexOf('/') + 1);
                task(y, "fscomp " + fscomp, "zilti.pot.pot_fscomp", "name: " + q(fscomp));
            }
        }
        String flavour = code.flavour() + code.cmdFlavour().orElse("");
        y.add("    - name: " + q("flavour " + code.flavourName()));
        y.add("      ansible.builtin.copy:");
        y.add("        dest: " + q(flavourDir + "/" + code.flavourName()));
        y.add("        mode: \"0644\"");
        y.add("        content: |");
        flavour.lines().forEach(l -> y.add("          " + l));
        jail(y, pot, code.flavourName());
        return String.join("\n", y) + "\n";
    }

    private static void jail(List<String> y, Pot pot, String flavour) {
        List<String> opts = new ArrayList<>();
        opts.add("name: " + q(pot.name()));
        pot.base().ifPresent(b -> opts.add("base: " + q(b)));
        opts.add("type: " + pot.type().potValue());
        Network n = pot.network();
        opts.add("network_type: " + n.type().potValue());
        if (n.type() == NetworkType.ALIAS) {
            opts.add("ip: ["
                    + String.join(", ", n.ips().stream().map(AnsiblePlaybook::q).toList()) + "]");
        }
        n.bridge().ifPresent(b -> opts.add("bridge_name: " + q(b)));
        // The module's default stack is dual, pot's is the host's POT_NETWORK_STACK: always say which.
        n.stack().ifPresent(s -> opts.add("network_stack: " + s.potValue()));
        opts.add("flavour: " + q(flavour));
        if (!PotAsCode.userMounts(pot).isEmpty()) {
            opts.add("mounts:");
            PotAsCode.userMounts(pot).forEach(m -> opts.add(mount(m)));
        }
        opts.add("state: present");
        task(y, "pot " + pot.name(), "zilti.pot.pot_jail", opts.toArray(String[]::new));
    }

    private static String mount(FscompEntry m) {
        String source = m.source();
        String from = source.startsWith("/")
                ? "dir: " + q(source)
                : source.contains("/fscomp/")
                        ? "fscomp: " + q(source.substring(source.lastIndexOf('/') + 1))
                        : "dataset: " + q(source);
        String mode = m.option() == FscompEntry.Option.RO ? ", mode: ro" : "";
        return "  - { target: " + q(m.mountPoint()) + ", " + from + mode + " }";
    }

    private static void task(List<String> y, String name, String module, String... options) {
        y.add("    - name: " + q(name));
        y.add("      " + module + ":");
        for (String o : options) {
            y.add("        " + o);
        }
    }

    /** A YAML double-quoted scalar. */
    static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
