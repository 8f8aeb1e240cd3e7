package potconsole.engine.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything the console knows about one pot, assembled from its pot.conf, fscomp.conf, status file, the jail list
 * and ZFS. {@code imageTag}/{@code imageSnapshot} are the {@code :pot.tag}/{@code :pot.snap} properties of its last
 * export; {@code origin} is the ZFS origin of a clone.
 */
public record Pot(
        String name,
        PotType type,
        int level,
        Optional<String> base,
        Optional<String> potBase,
        Network network,
        String dns,
        Optional<String> cmd,
        Optional<String> hostname,
        Map<Attribute, String> attributes,
        Resources resources,
        List<EnvVar> env,
        List<EtcHostsEntry> hosts,
        List<PortMapping> exportedPorts,
        List<String> dependencies,
        List<FscompEntry> fscomps,
        List<Snapshot> snapshots,
        PotState state,
        Optional<LastRunStats> lastRun,
        Optional<String> imageTag,
        Optional<String> imageSnapshot,
        Optional<String> origin,
        List<String> hooks) {

    public Pot {
        hooks = List.copyOf(hooks);
        attributes = Map.copyOf(attributes);
        env = List.copyOf(env);
        hosts = List.copyOf(hosts);
        exportedPorts = List.copyOf(exportedPorts);
        dependencies = List.copyOf(dependencies);
        fscomps = List.copyOf(fscomps);
        snapshots = snapshots.stream().sorted().toList();
    }

    /** Builds the static part of a pot from its two config files. */
    public static Pot fromConfig(String name, PotConfig conf, List<FscompEntry> fscomps) {
        return new Pot(
                name,
                conf.type(),
                conf.level(),
                conf.base(),
                conf.potBase(),
                conf.network(),
                conf.dns(),
                conf.cmd(),
                conf.hostname(),
                conf.attributes(),
                conf.resources(),
                conf.env(),
                conf.hosts(),
                conf.exportedPorts(),
                conf.dependencies(),
                fscomps,
                List.of(),
                PotState.STOPPED,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of());
    }

    public Pot withRuntime(
            PotState state,
            List<Snapshot> snapshots,
            Optional<LastRunStats> lastRun,
            Optional<String> imageTag,
            Optional<String> imageSnapshot,
            Optional<String> origin) {
        return withObserved(snapshots, state, lastRun, imageTag, imageSnapshot, origin, hooks);
    }

    /** The hook scripts present in the pot's conf/ (prestart, poststart, prestop, poststop). */
    public Pot withHooks(List<String> present) {
        return withObserved(snapshots, state, lastRun, imageTag, imageSnapshot, origin, present);
    }

    /** This pot's configuration with what was observed on the host beside it; every field is listed only here. */
    private Pot withObserved(
            List<Snapshot> snapshots,
            PotState state,
            Optional<LastRunStats> lastRun,
            Optional<String> imageTag,
            Optional<String> imageSnapshot,
            Optional<String> origin,
            List<String> hooks) {
        return new Pot(
                name,
                type,
                level,
                base,
                potBase,
                network,
                dns,
                cmd,
                hostname,
                attributes,
                resources,
                env,
                hosts,
                exportedPorts,
                dependencies,
                fscomps,
                snapshots,
                state,
                lastRun,
                imageTag,
                imageSnapshot,
                origin,
                hooks);
    }

    /** The stored value or, when missing, the default pot's info shows. */
    public String attribute(Attribute a) {
        String v = attributes.get(a);
        return v == null || v.isEmpty() ? a.defaultValue() : v;
    }

    /** Whether the jail persists after its command (pot info: YES; a missing key reads NO). */
    public boolean persistent() {
        return attribute(Attribute.PERSISTENT).equalsIgnoreCase("YES");
    }

    /**
     * The exit code of the pot's application at its last run. Only a non-persistent pot's command is an application
     * run: pot start waits for it, stops the pot and answers 125 when it failed. A persistent pot's
     * {@code .last_run_stats} holds the status of its start command ({@code sh /etc/rc} unless set-cmd changed it),
     * and pot create writes one too when a flavour's bootstrap starts the pot — so a fresh pot can have
     * {@code { "ExitCode": 1 }} without ever having run anything; that is no run's result and is not one here.
     */
    public OptionalInt lastApplicationExit() {
        if (persistent()) {
            return OptionalInt.empty();
        }
        return lastRun.map(LastRunStats::exitCode).orElse(OptionalInt.empty());
    }

    /** pot's "latest" snapshot (highest name). */
    public Optional<Snapshot> latestSnapshot() {
        return snapshots.isEmpty() ? Optional.empty() : Optional.of(snapshots.get(snapshots.size() - 1));
    }

    /** Only single pots can be exported (pot-spec §0.5). */
    public boolean isExportable() {
        return type == PotType.SINGLE;
    }
}
