package potconsole.engine.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Writes the inventory payload exactly as {@code inventory.sh} would print it on this simulated host. */
final class SandboxInventory {
    private static final List<String> SETTINGS = List.of(
            "POT_ZFS_ROOT",
            "POT_FS_ROOT",
            "POT_CACHE",
            "POT_TMP",
            "POT_GROUP",
            "POT_NETWORK",
            "POT_NETMASK",
            "POT_GATEWAY",
            "POT_EXTIF",
            "POT_EXTRA_EXTIF",
            "POT_EXTIF_ADDR",
            "POT_NETWORK_STACK",
            "POT_DNS_NAME",
            "POT_DNS_IP",
            "POT_ISOLATE_VNET_POTS",
            "POT_DEFAULT_SIGNATURE_PUBKEY",
            "POT_HOSTNAME_MAX_LENGTH");

    private SandboxInventory() {}

    static void write(SandboxState s, String marker, Out out) {
        StringBuilder b = new StringBuilder();
        b.append(marker).append(" START 1\n");
        section(b, marker, "settings", settings(s));
        section(b, marker, "version", "0.16.0\n");
        var status = s.statusFiles();
        for (SandboxPot p : s.pots.values()) {
            pot(b, marker, p, Optional.ofNullable(status.get(p.name)));
        }
        section(
                b,
                marker,
                "jails",
                lines(s.pots.values().stream()
                        .filter(p -> p.running)
                        .map(p -> p.name)
                        .toList()));
        section(b, marker, "snapshots", lines(s.jailSnapshots()));
        section(b, marker, "props", lines(s.jailProperties()));
        List<String> fscomps = new ArrayList<>();
        fscomps.add(s.zroot() + "/fscomp");
        s.fscomps.keySet().forEach(f -> fscomps.add(s.zroot() + "/fscomp/" + f));
        section(b, marker, "fscomps", lines(fscomps));
        section(b, marker, "bases", lines(List.copyOf(s.bases.keySet())));
        s.bridges.forEach((name, content) -> section(b, marker, "bridge " + name, content));
        section(b, marker, "flavours", lines(flavourFiles(s)));
        b.append(marker).append(" DONE\n");
        out.bytesAndLines(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String settings(SandboxState s) {
        StringBuilder settings = new StringBuilder();
        for (String k : SETTINGS) {
            settings.append(k).append('=').append(s.settings.get(k)).append('\n');
        }
        settings.append("prefix=/usr/local\nflavourdir=/usr/local/etc/pot/flavours\n");
        settings.append(s.root ? "user=root\ngroups=wheel operator pot\n" : "user=potadmin\ngroups=potadmin pot\n");
        return settings.toString();
    }

    private static void pot(StringBuilder b, String marker, SandboxPot p, Optional<String> status) {
        b.append(marker).append(" POT ").append(p.name).append('\n');
        section(b, marker, "conf", p.conf.render());
        section(b, marker, "fscomp", p.fscomp.isEmpty() ? "" : String.join("\n", p.fscomp) + "\n");
        if (p.lastRunExit != null) {
            section(b, marker, "lastrun", "{ \"ExitCode\": " + p.lastRunExit + " }\n");
        }
        status.ifPresent(st -> section(b, marker, "status", st));
        StringBuilder hooks = new StringBuilder();
        for (String h : List.of("prestart", "poststart", "prestop", "poststop")) {
            if (p.hooks.containsKey(h)) {
                hooks.append(h).append('\n');
            }
        }
        section(b, marker, "hooks", hooks.toString());
    }

    /** The flavour directory's files: a command file under the flavour's name, a bootstrap as NAME.sh. */
    private static List<String> flavourFiles(SandboxState s) {
        TreeSet<String> files = new TreeSet<>();
        for (SandboxFlavour f : s.flavours.values()) {
            if (f.commandFile() != null) {
                files.add(f.name());
            }
            if (f.bootstrap() != null) {
                files.add(f.name() + ".sh");
            }
        }
        return List.copyOf(files);
    }

    private static String lines(List<String> items) {
        StringBuilder sb = new StringBuilder();
        items.forEach(i -> sb.append(i).append('\n'));
        return sb.toString();
    }

    private static void section(StringBuilder b, String marker, String name, String content) {
        b.append(marker).append(" BEGIN ").append(name).append('\n');
        b.append(content);
        b.append('\n').append(marker).append(" END\n");
    }
}
