package potconsole.engine.inventory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import potconsole.engine.model.Base;
import potconsole.engine.model.Flavour;
import potconsole.engine.model.Fscomp;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.LastRunStats;
import potconsole.engine.model.Pot;
import potconsole.engine.model.PotConfig;
import potconsole.engine.model.PotSettings;
import potconsole.engine.model.PotState;
import potconsole.engine.model.Snapshot;
import potconsole.engine.model.StatusFileState;
import potconsole.engine.parse.ConfFiles;
import potconsole.engine.parse.JlsParser;
import potconsole.engine.parse.PotOutput;
import potconsole.engine.parse.SimpleParsers;
import potconsole.engine.parse.ZfsParser;

/** Turns the framed payload of {@link InventoryScript} into a {@link HostInventory}. */
public final class InventoryParser {
    private InventoryParser() {}

    public static HostInventory parse(String marker, List<String> lines, Instant capturedAt) {
        Frames frames = Frames.read(marker, lines);
        Map<String, String> settings = keyValues(frames.sections.getOrDefault("settings", ""));
        PotSettings potSettings = new PotSettings(
                settings,
                Optional.ofNullable(frames.sections.get("version"))
                        .map(String::strip)
                        .filter(v -> !v.isEmpty()));
        String zroot = potSettings.zfsRoot().isEmpty() ? "zroot/pot" : potSettings.zfsRoot();
        List<String> jails = JlsParser.names(PotOutput.lines(frames.sections.getOrDefault("jails", "")));
        Map<String, List<String>> snapshots =
                ZfsParser.snapshots(PotOutput.lines(frames.sections.getOrDefault("snapshots", "")));
        Map<String, Map<String, String>> props =
                ZfsParser.properties(PotOutput.lines(frames.sections.getOrDefault("props", "")));

        List<Pot> pots = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> e : frames.pots.entrySet()) {
            pots.add(assemble(e.getKey(), e.getValue(), zroot, jails, snapshots, props));
        }
        return new HostInventory(
                potSettings,
                pots,
                nonBlank(frames.sections.get("bases")).stream().map(Base::new).toList(),
                nonBlank(frames.sections.get("fscomps")).stream()
                        .filter(n -> n.startsWith(zroot + "/fscomp/"))
                        .map(n -> new Fscomp(n.substring((zroot + "/fscomp/").length())))
                        .toList(),
                frames.bridges.entrySet().stream()
                        .map(b -> ConfFiles.bridge(b.getKey(), b.getValue()))
                        .toList(),
                flavours(nonBlank(frames.sections.get("flavours"))),
                jails,
                capturedAt);
    }

    private static Pot assemble(
            String name,
            Map<String, String> files,
            String zroot,
            List<String> jails,
            Map<String, List<String>> snapshots,
            Map<String, Map<String, String>> props) {
        PotConfig conf = PotConfig.parse(files.getOrDefault("conf", ""));
        Pot pot = Pot.fromConfig(name, conf, ConfFiles.fscomp(files.getOrDefault("fscomp", "")));
        Optional<StatusFileState> status = Optional.ofNullable(files.get("status"))
                .flatMap(ConfFiles::status)
                .map(ConfFiles.Status::state);
        String dataset = zroot + "/jails/" + name;
        Map<String, String> top = props.getOrDefault(dataset, Map.of());
        Optional<String> origin = Optional.ofNullable(
                        props.getOrDefault(dataset + "/m", Map.of()).get("origin"))
                .or(() -> Optional.ofNullable(top.get("origin")));
        Optional<LastRunStats> lastRun =
                Optional.ofNullable(files.get("lastrun")).map(t -> SimpleParsers.lastRunStats(PotOutput.lines(t)));
        List<String> hooks = PotOutput.lines(files.getOrDefault("hooks", "")).stream()
                .map(String::strip)
                .filter(h -> !h.isEmpty())
                .toList();
        return pot.withHooks(hooks)
                .withRuntime(
                        PotState.of(jails.contains(name), status),
                        snapshotsOf(dataset, snapshots),
                        lastRun,
                        Optional.ofNullable(top.get(":pot.tag")),
                        Optional.ofNullable(top.get(":pot.snap")),
                        origin);
    }

    /**
     * The pot's snapshots: those of its dataset and those that exist only on {@code NAME/m} (a {@code zfs snapshot}
     * of the root file system alone is still a snapshot the pot loses with it).
     */
    private static List<Snapshot> snapshotsOf(String dataset, Map<String, List<String>> snapshots) {
        TreeSet<String> names = new TreeSet<>(snapshots.getOrDefault(dataset, List.of()));
        names.addAll(snapshots.getOrDefault(dataset + "/m", List.of()));
        return names.stream().map(Snapshot::new).toList();
    }

    private static List<Flavour> flavours(List<String> files) {
        Map<String, boolean[]> byName = new TreeMap<>();
        for (String f : files) {
            boolean bootstrap = f.endsWith(".sh");
            String name = bootstrap ? f.substring(0, f.length() - 3) : f;
            byName.computeIfAbsent(name, k -> new boolean[2])[bootstrap ? 1 : 0] = true;
        }
        return byName.entrySet().stream()
                .map(e -> new Flavour(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    private static List<String> nonBlank(String text) {
        return text == null
                ? List.of()
                : PotOutput.lines(text).stream()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .toList();
    }

    private static Map<String, String> keyValues(String text) {
        Map<String, String> map = new TreeMap<>();
        for (String line : PotOutput.lines(text)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                map.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return map;
    }

    /** The frames of one payload: host-wide sections, per-pot files, bridge files. */
    private static final class Frames {
        final Map<String, String> sections = new LinkedHashMap<>();
        final Map<String, Map<String, String>> pots = new LinkedHashMap<>();
        final Map<String, String> bridges = new LinkedHashMap<>();

        static Frames read(String marker, List<String> lines) {
            Frames f = new Frames();
            String prefix = marker + " ";
            String pot = null;
            String section = null;
            List<String> buffer = new ArrayList<>();
            boolean started = false;
            boolean done = false;
            for (String line : lines) {
                if (!line.startsWith(prefix)) {
                    if (section != null) {
                        buffer.add(line);
                    }
                    continue;
                }
                String frame = line.substring(prefix.length());
                if (frame.startsWith("START")) {
                    started = true;
                } else if (frame.startsWith("ERROR ")) {
                    throw error(frame.substring(6));
                } else if (frame.startsWith("POT ")) {
                    pot = frame.substring(4);
                    f.pots.put(pot, new LinkedHashMap<>());
                } else if (frame.startsWith("BEGIN ")) {
                    section = frame.substring(6);
                    buffer = new ArrayList<>();
                } else if (frame.equals("END") && section != null) {
                    f.store(pot, section, String.join("\n", buffer));
                    section = null;
                } else if (frame.equals("DONE")) {
                    done = true;
                }
            }
            if (!started || !done) {
                throw new InventoryException(
                        InventoryException.Reason.INCOMPLETE, started ? "no end marker" : "no start marker");
            }
            return f;
        }

        private void store(String pot, String section, String content) {
            switch (section) {
                case "conf", "fscomp", "lastrun", "status", "hooks" -> {
                    if (pot != null) {
                        pots.get(pot).put(section, content);
                    }
                }
                default -> {
                    if (section.startsWith("bridge ")) {
                        bridges.put(section.substring(7), content);
                    } else {
                        sections.put(section, content);
                    }
                }
            }
        }

        private static InventoryException error(String text) {
            String code = text.contains(" ") ? text.substring(0, text.indexOf(' ')) : text;
            String detail = text.contains(" ") ? text.substring(text.indexOf(' ') + 1) : "";
            InventoryException.Reason reason = switch (code) {
                case "pot-not-installed" -> InventoryException.Reason.POT_NOT_INSTALLED;
                case "no-default-conf" -> InventoryException.Reason.NO_DEFAULT_CONF;
                case "fs-root-missing" -> InventoryException.Reason.FS_ROOT_MISSING;
                case "fs-root-unreadable" -> InventoryException.Reason.FS_ROOT_UNREADABLE;
                default -> InventoryException.Reason.SCRIPT_FAILED;
            };
            return new InventoryException(reason, detail);
        }
    }
}
