package potconsole.engine.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import potconsole.engine.inventory.InventoryScript;
import potconsole.engine.setup.SetupProbe;

/**
 * What the setup probe script prints on this simulated host, and the inventory script's answer on a host where pot
 * is missing or was never initialised (the script's own ERROR frames).
 */
final class SetupProbeAnswer {
    private SetupProbeAnswer() {}

    static OptionalInt answer(Ctx c, String script) {
        Optional<String> probe = SetupProbe.markerOf(script);
        if (probe.isPresent()) {
            write(c, probe.get());
            return OptionalInt.of(0);
        }
        Optional<String> inventory = InventoryScript.markerOf(script);
        SandboxSetup s = c.state().setup;
        if (inventory.isPresent() && (!s.potInstalled || !s.initialised)) {
            String m = inventory.get();
            c.out().line(m + " START 1");
            c.out()
                    .line(m + " ERROR "
                            + (s.potInstalled ? "fs-root-missing " + c.state().fsRoot() : "pot-not-installed"));
            return OptionalInt.of(0);
        }
        return OptionalInt.empty();
    }

    private static void write(Ctx c, String m) {
        SandboxState st = c.state();
        SandboxSetup s = st.setup;
        String user = c.root() ? "root" : s.user;
        say(c, m, "user", user);
        say(c, m, "uid", c.root() ? "0" : "1001");
        say(c, m, "groups", c.root() ? "wheel operator" : user + (s.potGroupMembers.contains(user) ? " pot" : ""));
        say(c, m, "os", "FreeBSD 14.1-RELEASE");
        say(c, m, "vimage", s.vimage ? "1" : "0");
        say(c, m, "racct", s.racct ? "1" : "0");
        say(c, m, "racctboot", st.isFile("/boot/loader.conf") ? "1" : "");
        say(c, m, "pf", s.pfLoaded ? "loaded" : "absent");
        say(c, m, "interfaces", String.join(" ", s.interfaces));
        say(c, m, "manifests", manifests());
        if (!s.potInstalled) {
            say(c, m, "pot", "absent");
            return;
        }
        writePot(c, m, user);
    }

    /** What the probe reads once pot is installed: its version, pot.conf, settings, datasets, group, bases, pots. */
    private static void writePot(Ctx c, String m, String user) {
        SandboxState st = c.state();
        SandboxSetup s = st.setup;
        say(c, m, "pot", SandboxSetup.PREFIX + "/bin/pot");
        say(c, m, "prefix", SandboxSetup.PREFIX);
        say(c, m, "version", "0.16.0");
        if (st.isFile(SandboxSetup.CONF)) {
            c.out().line(m + " BEGIN conf");
            c.out().bytesAndLines(st.hostFiles.get(SandboxSetup.CONF));
            c.out().line("");
            c.out().line(m + " END");
        }
        for (String k : List.of(
                "POT_ZFS_ROOT",
                "POT_FS_ROOT",
                "POT_EXTIF",
                "POT_NETWORK",
                "POT_NETMASK",
                "POT_GATEWAY",
                "POT_CACHE",
                "POT_GROUP")) {
            say(c, m, "set", k + "=" + st.settings.get(k));
        }
        if (s.initialised) {
            say(c, m, "dataset", st.fsRoot());
            if (c.root() || s.potGroupMembers.contains(user)) {
                say(c, m, "fsroot", "readable");
            }
        }
        if (s.bridge != null) {
            say(c, m, "bridge", s.bridge);
        }
        say(c, m, "group", s.groupExists ? "pot:*:1001:" + String.join(",", s.potGroupMembers) : "");
        say(c, m, "bases", String.join(" ", st.bases.keySet()));
        say(c, m, "jails", String.join(" ", st.pots.keySet()));
    }

    private static String manifests() {
        StringBuilder b = new StringBuilder();
        for (String r : SandboxState.RELEASE_LIST.split(" ")) {
            b.append("amd64-amd64-").append(r).append("-RELEASE ");
        }
        return b.toString().strip();
    }

    private static void say(Ctx c, String marker, String key, String value) {
        c.out().bytesAndLines((marker + " " + key + " " + value + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
