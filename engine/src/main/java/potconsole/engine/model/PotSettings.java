package potconsole.engine.model;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The host's pot framework settings ({@code POT_*} from pot.default.conf overridden by pot.conf, pot-spec §1.2) plus
 * the pot version. {@code pot config -g} exposes seven of them; the inventory reads them all.
 */
public record PotSettings(Map<String, String> values, Optional<String> version) {
    public PotSettings {
        values = Map.copyOf(values);
    }

    public static PotSettings defaults() {
        Map<String, String> v = new TreeMap<>();
        v.put("POT_ZFS_ROOT", "zroot/pot");
        v.put("POT_FS_ROOT", "/opt/pot");
        v.put("POT_CACHE", "/var/cache/pot");
        v.put("POT_TMP", "/tmp");
        v.put("POT_GROUP", "pot");
        v.put("POT_NETWORK", "10.192.0.0/10");
        v.put("POT_NETMASK", "255.192.0.0");
        v.put("POT_GATEWAY", "10.192.0.1");
        v.put("POT_EXTIF", "em0");
        v.put("POT_DNS_NAME", "dns");
        v.put("POT_DNS_IP", "10.192.0.2");
        v.put("POT_NETWORK_STACK", "ipv4");
        return new PotSettings(v, Optional.of("0.16.0"));
    }

    public String get(String key) {
        return values.getOrDefault(key, "");
    }

    public String fsRoot() {
        return get("POT_FS_ROOT");
    }

    public String zfsRoot() {
        return get("POT_ZFS_ROOT");
    }

    /** The value {@code pot config -g <name>} prints, for the seven names it knows. */
    public Optional<String> configValue(String name) {
        return switch (name) {
            case "fs_root" -> Optional.of(fsRoot());
            case "zfs_root" -> Optional.of(zfsRoot());
            case "gateway" -> Optional.of(get("POT_GATEWAY"));
            case "syslogd" -> Optional.of("-b 127.0.0.1 -b " + get("POT_GATEWAY") + " -a " + get("POT_NETWORK"));
            case "pot_prefix" -> Optional.of(fsRoot() + "/jails");
            case "fscomp_prefix" -> Optional.of(fsRoot() + "/fscomp");
            case "network_stack" -> Optional.of(get("POT_NETWORK_STACK"));
            default -> Optional.empty();
        };
    }
}
