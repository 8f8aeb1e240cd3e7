package potconsole.engine.sandbox;

import java.util.ArrayList;
import java.util.List;
import potconsole.engine.model.Attribute;
import potconsole.engine.model.PotConfig;

/** The pot.conf and fscomp.conf that create writes for a new pot. */
final class NewPotFiles {
    private NewPotFiles() {}

    /** pot.conf as {@code _cj_conf} writes it (order from the recorded pot.conf files and sample A1). */
    static PotConfig conf(
            SandboxState s,
            String name,
            String type,
            int level,
            String base,
            String potBase,
            String dns,
            SandboxNet net) {
        PotConfig conf = PotConfig.empty()
                .append("pot.level", String.valueOf(level))
                .append("pot.type", type)
                .append("pot.base", base)
                .append("pot.potbase", potBase)
                .append("pot.dns", dns.startsWith("custom:") ? "custom" : dns)
                .append("pot.cmd", "sh /etc/rc")
                .append("host.hostname", "\"" + hostname(s, name) + "\"")
                .append(
                        "osrelease",
                        "\"" + (base.contains("RELEASE") || base.contains("RC") ? base : base + "-RELEASE") + "\"")
                .append("pot.attr.no-rc-script", "NO")
                .append("pot.attr.persistent", "YES")
                .append("pot.attr.start-at-boot", "NO")
                .append("pot.attr.prunable", "NO")
                .append("pot.attr.no-tmpfs", "NO");
        for (Attribute a : Attribute.values()) {
            if (a.scope() == Attribute.Scope.JAIL) {
                conf = conf.append(a.confKey(), a.valueAtCreate().orElse(""));
            }
        }
        conf = net.appendTo(conf);
        if (dns.equals("pot")) {
            conf = conf.append("pot.depend", s.settings.get("POT_DNS_NAME"));
        }
        return conf;
    }

    static String hostname(SandboxState s, String pot) {
        String full = pot + "." + s.hostname;
        int max = Integer.parseInt(s.settings.values().getOrDefault("POT_HOSTNAME_MAX_LENGTH", "64"));
        if (full.length() <= max) {
            return full;
        }
        return pot.length() <= max ? pot : pot.substring(0, max);
    }

    /** fscomp.conf: a single pot has none; level 0 mounts the base, level 1 its own usr.local, level 2 its parent's. */
    static List<String> fscomp(SandboxState s, String name, String type, int level, String base, String potBase) {
        List<String> lines = new ArrayList<>();
        if (type.equals("single")) {
            return lines;
        }
        String z = s.zroot();
        if (level == 0) {
            lines.add(z + "/bases/" + base + " /");
            lines.add(z + "/bases/" + base + "/usr.local /usr/local");
            lines.add(z + "/bases/" + base + "/custom /opt/custom");
        } else if (level == 1) {
            lines.add(z + "/bases/" + base + " / ro");
            lines.add(z + "/jails/" + name + "/usr.local /usr/local zfs-remount");
            lines.add(z + "/jails/" + name + "/custom /opt/custom zfs-remount");
        } else {
            lines.add(z + "/bases/" + base + " / ro");
            lines.add(z + "/jails/" + potBase + "/usr.local /usr/local ro");
            lines.add(z + "/jails/" + name + "/custom /opt/custom zfs-remount");
        }
        return lines;
    }
}
