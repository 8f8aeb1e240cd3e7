package potconsole.engine.setup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The pot.conf settings the setup form edits (pot-spec §1.2), checked by pot's rules: {@code _conf_check} (roots
 * non-empty), {@code potnet config-check} (netmask matches the network, the gateway inside it) and potnet's reader,
 * which takes only the first space-separated token and keeps quotes — so values are written unquoted and may not
 * contain spaces or quotes (§1.1).
 */
public record PotConf(
        String zfsRoot, String fsRoot, String extIf, String network, String netmask, String gateway, String cache) {
    public static final List<String> KEYS = List.of(
            "POT_ZFS_ROOT", "POT_FS_ROOT", "POT_EXTIF", "POT_NETWORK", "POT_NETMASK", "POT_GATEWAY", "POT_CACHE");

    private static final Pattern DATASET = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]*(/[A-Za-z0-9_.:-]+)*");
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9_./-]*");
    private static final Pattern IFNAME = Pattern.compile("[a-z][a-z0-9_]*[0-9]+");
    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");

    /** pot.default.conf's values. */
    public static PotConf defaults() {
        return new PotConf(
                "zroot/pot", "/opt/pot", "em0", "10.192.0.0/10", "255.192.0.0", "10.192.0.1", "/var/cache/pot");
    }

    /** The effective settings (pot.default.conf overridden by pot.conf) as the probe read them. */
    public static PotConf from(Map<String, String> settings) {
        PotConf d = defaults();
        return new PotConf(
                settings.getOrDefault("POT_ZFS_ROOT", d.zfsRoot()),
                settings.getOrDefault("POT_FS_ROOT", d.fsRoot()),
                settings.getOrDefault("POT_EXTIF", d.extIf()),
                settings.getOrDefault("POT_NETWORK", d.network()),
                settings.getOrDefault("POT_NETMASK", d.netmask()),
                settings.getOrDefault("POT_GATEWAY", d.gateway()),
                settings.getOrDefault("POT_CACHE", d.cache()));
    }

    public Map<String, String> values() {
        Map<String, String> v = new LinkedHashMap<>();
        List<String> values = List.of(zfsRoot, fsRoot, extIf, network, netmask, gateway, cache);
        for (int i = 0; i < KEYS.size(); i++) {
            v.put(KEYS.get(i), values.get(i));
        }
        return v;
    }

    /** What pot (or potnet) would refuse, by key; empty when the form may be written. */
    public Map<String, String> problems() {
        Map<String, String> p = new LinkedHashMap<>();
        check(p, "POT_ZFS_ROOT", zfsRoot, DATASET, "a ZFS dataset such as zroot/pot (no leading '/')");
        check(p, "POT_FS_ROOT", fsRoot, PATH, "an absolute path such as /opt/pot");
        check(p, "POT_EXTIF", extIf, IFNAME, "a network interface such as em0 or vtnet0");
        check(p, "POT_CACHE", cache, PATH, "an absolute path such as /var/cache/pot");
        checkNetwork(p);
        return p;
    }

    private void checkNetwork(Map<String, String> p) {
        int slash = network.indexOf('/');
        if (slash < 0
                || !IPV4.matcher(network.substring(0, slash)).matches()
                || !network.substring(slash + 1).matches("([0-9]|[12][0-9]|3[0-2])")) {
            p.put("POT_NETWORK", "Must be an IPv4 network in CIDR form, such as 10.192.0.0/10");
        }
        if (!IPV4.matcher(netmask).matches()) {
            p.put("POT_NETMASK", "Must be an IPv4 netmask such as 255.192.0.0");
        }
        if (!IPV4.matcher(gateway).matches()) {
            p.put("POT_GATEWAY", "Must be an IPv4 address such as 10.192.0.1");
        }
        if (p.containsKey("POT_NETWORK") || p.containsKey("POT_NETMASK") || p.containsKey("POT_GATEWAY")) {
            return;
        }
        int prefix = Integer.parseInt(network.substring(slash + 1));
        long mask = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
        long base = ip(network.substring(0, slash));
        if ((base & mask) != base) {
            p.put("POT_NETWORK", "Host bits are set: the network of /" + prefix + " is " + text(base & mask));
        } else if (ip(netmask) != mask) {
            p.put("POT_NETMASK", "potnet config-check wants the netmask of /" + prefix + ": " + text(mask));
        } else if ((ip(gateway) & mask) != base || ip(gateway) == base || ip(gateway) == (base | ~mask & 0xffffffffL)) {
            p.put("POT_GATEWAY", "Must be a host address inside " + network);
        }
    }

    private static void check(Map<String, String> p, String key, String value, Pattern rule, String what) {
        if (value == null || value.isBlank()) {
            p.put(key, "Must not be empty: pot refuses to run without it");
        } else if (!rule.matcher(value).matches()) {
            p.put(key, "Must be " + what + "; no spaces or quotes (potnet reads the first word, quotes included)");
        }
    }

    /**
     * The file with these values: each key's first {@code KEY=} line is replaced in place and later ones dropped
     * (the file is sh, so the last would win), a missing key is appended; comments and other keys stay as they were.
     */
    public String applyTo(String existing) {
        Map<String, String> todo = new LinkedHashMap<>(values());
        List<String> out = new ArrayList<>();
        for (String line :
                existing.isEmpty() ? List.<String>of() : existing.lines().toList()) {
            String key = keyOf(line);
            if (key != null && values().containsKey(key)) {
                String value = todo.remove(key);
                if (value != null) {
                    out.add(key + "=" + value);
                }
            } else {
                out.add(line);
            }
        }
        todo.forEach((k, v) -> out.add(k + "=" + v));
        return String.join("\n", out) + "\n";
    }

    /** pot.conf's own assignments ({@code KEY=value}, quotes removed), later ones winning as in sh. */
    public static Map<String, String> parse(String text) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String line : text.lines().toList()) {
            String key = keyOf(line);
            if (key != null) {
                String value = line.strip()
                        .substring(key.length() + 1)
                        .replace("\"", "")
                        .replace("'", "");
                int hash = value.indexOf(" #");
                v.put(key, (hash >= 0 ? value.substring(0, hash) : value).strip());
            }
        }
        return v;
    }

    private static String keyOf(String line) {
        String s = line.strip();
        int eq = s.indexOf('=');
        return eq > 0 && s.substring(0, eq).matches("[A-Z_][A-Z0-9_]*") ? s.substring(0, eq) : null;
    }

    private static long ip(String ip) {
        long v = 0;
        for (String part : ip.split("\\.")) {
            v = (v << 8) | Integer.parseInt(part);
        }
        return v;
    }

    private static String text(long v) {
        return ((v >> 24) & 255) + "." + ((v >> 16) & 255) + "." + ((v >> 8) & 255) + "." + (v & 255);
    }
}
