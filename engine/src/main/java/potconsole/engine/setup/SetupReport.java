package potconsole.engine.setup;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the setup probe found on a host. {@code potConf} is the file itself (absent when there is none);
 * {@code settings} the effective values after pot.default.conf and pot.conf were sourced.
 */
public record SetupReport(
        String user,
        boolean root,
        List<String> groups,
        String os,
        boolean vimage,
        boolean racct,
        boolean racctAtBoot,
        boolean pfLoaded,
        List<String> interfaces,
        List<String> releases,
        boolean potInstalled,
        String prefix,
        String version,
        Optional<String> potConf,
        Map<String, String> settings,
        Optional<String> datasetMountpoint,
        boolean fsRootReadable,
        Optional<String> publicBridge,
        boolean groupExists,
        List<String> bases,
        List<String> jails) {
    public SetupReport {
        groups = List.copyOf(groups);
        interfaces = List.copyOf(interfaces);
        releases = List.copyOf(releases);
        settings = Map.copyOf(settings);
        bases = List.copyOf(bases);
        jails = List.copyOf(jails);
    }

    /** Where pot reads its pot.conf: {@code <prefix>/etc/pot/pot.conf} (pot-spec §1.1). */
    public String potConfPath() {
        return prefix + "/etc/pot/pot.conf";
    }

    public PotConf conf() {
        return PotConf.from(settings);
    }

    /** pot's {@code _is_init}: the root dataset exists with {@code POT_FS_ROOT} as its mountpoint. */
    public boolean initialised() {
        return datasetMountpoint.filter(mp -> mp.equals(conf().fsRoot())).isPresent() && fsRootReadable;
    }

    /** The level-0 pot create-base makes for a base: {@code base-<base with its first '.' as '_'>} (§1.4). */
    public static String basePot(String base) {
        return "base-" + base.replaceFirst("\\.", "_");
    }

    /** A base whose datasets exist and whose level-0 pot was made: create-base finished. */
    public boolean hasCompleteBase() {
        return bases.stream().anyMatch(b -> jails.contains(basePot(b)));
    }

    /** A base without its level-0 pot: create-base was interrupted after building the datasets. */
    public Optional<String> interruptedBase() {
        return bases.stream().filter(b -> !jails.contains(basePot(b))).findFirst();
    }

    public boolean inPotGroup() {
        return groups.contains(settings.getOrDefault("POT_GROUP", "pot"));
    }
}
