package potconsole.engine.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import potconsole.engine.model.PotConfig;
import potconsole.engine.model.PotType;
import potconsole.engine.model.StatusFileState;

/**
 * One simulated pot: what lives in its top dataset (pot.conf, fscomp.conf, .last_run_stats, hooks, files written
 * inside it) plus its runtime state. Snapshots keep a copy of the dataset, so revert rolls pot.conf back as pot does
 * (pot-spec §1.6).
 */
final class SandboxPot {
    /** What a snapshot of the top dataset preserves. */
    record DatasetCopy(
            PotConfig conf,
            List<String> fscomp,
            Integer lastRunExit,
            Map<String, String> hooks,
            Map<String, String> files) {}

    final String name;
    PotConfig conf;
    List<String> fscomp = new ArrayList<>();
    Integer lastRunExit;
    Map<String, String> hooks = new LinkedHashMap<>();
    /** Files inside the pot root (path → content), written by copy-in and flavours. */
    Map<String, String> files = new TreeMap<>();

    final TreeMap<String, DatasetCopy> snapshots = new TreeMap<>();

    boolean running;
    StatusFileState status;
    String interfaces = "";
    int jid;
    /** Host ports chosen at start for exported ports without one (pot-spec §7.5), pot port → host port. */
    final Map<String, Integer> dynamicPorts = new LinkedHashMap<>();

    boolean routerConfigured;
    String imageTag;
    String imageSnapshot;
    String origin;
    long diskUsageKb;

    SandboxPot(String name, PotConfig conf) {
        this.name = name;
        this.conf = conf;
    }

    PotType type() {
        return conf.type();
    }

    DatasetCopy copy() {
        return new DatasetCopy(conf, List.copyOf(fscomp), lastRunExit, Map.copyOf(hooks), Map.copyOf(files));
    }

    void restore(DatasetCopy c) {
        conf = c.conf();
        fscomp = new ArrayList<>(c.fscomp());
        lastRunExit = c.lastRunExit();
        hooks = new LinkedHashMap<>(c.hooks());
        files = new TreeMap<>(c.files());
    }

    /** ZFS datasets of this pot below {@code <zroot>/jails/<name>}: {@code m} for single, the rw copies for multi. */
    List<String> childDatasets() {
        if (type() == PotType.SINGLE) {
            return List.of("m");
        }
        List<String> out = new ArrayList<>();
        for (String line : fscomp) {
            String source = line.split(" ", -1)[0];
            String prefix = "/jails/" + name + "/";
            int at = source.indexOf(prefix);
            if (at >= 0) {
                out.add(source.substring(at + prefix.length()));
            }
        }
        return out;
    }

    String attr(String key, String dflt) {
        return conf.raw("pot.attr." + key).filter(v -> !v.isEmpty()).orElse(dflt);
    }

    boolean persistent() {
        return "YES".equals(attr("persistent", "NO"));
    }
}
