package potconsole.engine.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import potconsole.engine.model.PotConfig;

/**
 * The host's {@code zfs} as the console uses it: {@code list -H}, {@code get -H [-o …]}, the {@code send -nP -R} dry
 * run, {@code send -R} (a byte stream) and {@code set :pot.tag|:pot.snap}.
 */
final class ZfsCommands {
    /** The top dataset of a pot (conf/) in a send stream. */
    private static final long SEND_TOP_BYTES = 46_520;

    private ZfsCommands() {}

    static int zfs(Ctx c, List<String> args) {
        String joined = String.join(" ", args);
        if (joined.startsWith("list -H -t snapshot")) {
            c.state().jailSnapshots().forEach(c.out()::line);
            return 0;
        }
        if (joined.startsWith("get -H")) {
            return zfsGet(c, args);
        }
        if (joined.startsWith("list -H -o name -d 1")) {
            c.out().line(c.state().zroot() + "/fscomp");
            c.state().fscomps.keySet().forEach(f -> c.out().line(c.state().zroot() + "/fscomp/" + f));
            return 0;
        }
        if (joined.startsWith("send -nP")) {
            return zfsSendEstimate(c, args.get(args.size() - 1));
        }
        if (joined.startsWith("send -R ")) {
            return zfsSend(c, args.get(args.size() - 1));
        }
        if (args.size() == 3 && args.get(0).equals("set")) {
            return zfsSetImageProperty(c, args.get(1), args.get(2));
        }
        c.out().err("sandbox zfs: only list -H, get -H, send [-nP] -R and set :pot.* are simulated");
        return 1;
    }

    /** The options of a {@code zfs get}: properties first among the operands, then the datasets. */
    private record GetOptions(boolean filesystemsOnly, boolean recursive, List<String> columns, List<String> rest) {
        static GetOptions parse(List<String> args) {
            boolean filesystemsOnly = false;
            boolean recursive = false;
            List<String> columns = List.of("name", "property", "value");
            List<String> rest = new ArrayList<>();
            for (int i = 1; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "-H" -> {}
                    case "-r" -> recursive = true;
                    case "-t" -> filesystemsOnly = args.get(++i).equals("filesystem");
                    case "-o" -> columns = List.of(args.get(++i).split(","));
                    default -> rest.add(a);
                }
            }
            return new GetOptions(filesystemsOnly, recursive, columns, rest);
        }
    }

    /** {@code zfs get -H [-t filesystem] [-o name,property,value] [-r] PROPS DATASET…}, sorted as zfs sorts. */
    private static int zfsGet(Ctx c, List<String> args) {
        GetOptions o = GetOptions.parse(args);
        if (o.rest().isEmpty()) {
            return 2;
        }
        List<String> props = List.of(o.rest().get(0).split(","));
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        for (String line : c.state().jailProperties()) {
            String[] f = line.split("\t");
            all.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], f[2]);
        }
        for (String ds : datasets(c, o, all.keySet())) {
            String owner = ds.contains("@") ? ds.substring(0, ds.indexOf('@')) : ds;
            Map<String, String> values = all.getOrDefault(owner, Map.of());
            for (String prop : props) {
                String v = prop.equals("origin") && ds.contains("@") ? "-" : values.getOrDefault(prop, "-");
                Map<String, String> row = Map.of("name", ds, "property", prop, "value", v);
                c.out()
                        .line(String.join(
                                "\t",
                                o.columns().stream()
                                        .map(col -> row.getOrDefault(col, "-"))
                                        .toList()));
            }
        }
        return 0;
    }

    /** The datasets asked for (with -r their children, without -t filesystem their snapshots), in zfs order. */
    private static TreeSet<String> datasets(Ctx c, GetOptions o, Set<String> known) {
        TreeSet<String> datasets = new TreeSet<>(ZfsCommands::zfsOrder);
        for (String want : o.rest().subList(1, o.rest().size())) {
            if (want.contains("@") && c.state().jailSnapshots().contains(want)) {
                datasets.add(want);
                continue;
            }
            for (String ds : known) {
                if (ds.equals(want) || (o.recursive() && ds.startsWith(want + "/"))) {
                    datasets.add(ds);
                    if (!o.filesystemsOnly()) {
                        snapshotsOf(c, ds).forEach(datasets::add);
                    }
                }
            }
        }
        return datasets;
    }

    private static List<String> snapshotsOf(Ctx c, String dataset) {
        return c.state().jailSnapshots().stream()
                .filter(s -> s.startsWith(dataset + "@"))
                .toList();
    }

    /** zfs lists a dataset, then its snapshots, then its children. */
    private static int zfsOrder(String a, String b) {
        return a.replace('@', '\u0001')
                .replace('/', '\u0002')
                .compareTo(b.replace('@', '\u0001').replace('/', '\u0002'));
    }

    /**
     * {@code zfs send -nP -R <zroot>/jails/<pot>@<snap>} as OpenZFS prints a dry run: one {@code full} line per
     * dataset, then {@code size}. The stream is the pot's used space; conf/ is the small top dataset.
     */
    private static int zfsSendEstimate(Ctx c, String snapshot) {
        Optional<SandboxPot> pot = potOfSnapshot(c, snapshot);
        if (pot.isEmpty()) {
            c.out().err("cannot open '" + snapshot + "': dataset does not exist");
            return 1;
        }
        int at = snapshot.indexOf('@');
        long top = SEND_TOP_BYTES;
        long m = pot.get().diskUsageKb * 1024;
        String snap = snapshot.substring(at);
        c.out().line("full\t" + snapshot.substring(0, at) + snap + "\t" + top);
        c.out().line("full\t" + snapshot.substring(0, at) + "/m" + snap + "\t" + m);
        c.out().line("size\t" + (top + m));
        return 0;
    }

    /**
     * {@code zfs send -R <zroot>/jails/<pot>@<snap>}: a deterministic, compressible byte stream as long as the
     * dry run said, delivered in pieces with pauses so a reader sees it arrive (and can cancel it).
     */
    private static int zfsSend(Ctx c, String snapshot) {
        Optional<SandboxPot> pot = potOfSnapshot(c, snapshot);
        if (pot.isEmpty()) {
            c.out().err("cannot open '" + snapshot + "': dataset does not exist");
            return 1;
        }
        long total = SEND_TOP_BYTES + pot.get().diskUsageKb * 1024;
        SandboxPot.DatasetCopy content = pot.get().snapshots.get(snapshot.substring(snapshot.indexOf('@') + 1));
        byte[] header = streamHeader(snapshot, content);
        c.out().bytes(header, header.length);
        Random random = new Random(snapshot.hashCode());
        byte[] chunk = new byte[64 * 1024];
        String[] words = {"usr/", "bin/", "lib", ".so", "etc/", "rc.conf", "\0\0\0\0", "nginx", "pot", "\n"};
        long body = total - header.length;
        for (long sent = 0; sent < body; ) {
            int n = (int) Math.min(chunk.length, body - sent);
            for (int i = 0; i < n; i++) {
                String word = words[random.nextInt(words.length)];
                chunk[i] = (byte) word.charAt(i % word.length());
            }
            c.out().bytes(chunk, n);
            sent += n;
            if (sent % (256 * 1024) == 0) {
                c.host().pauseUnlocked(c, Duration.ofMillis(20));
            }
        }
        return 0;
    }

    static final String STREAM_MAGIC = "SANDBOX-ZFS-SEND-R";

    /**
     * The start of a simulated send stream: a magic line, the snapshot, and the snapshot's pot.conf (base64), so any
     * sandbox can receive the stream again, e.g. a console's workstation export of it imported later.
     */
    static byte[] streamHeader(String snapshot, SandboxPot.DatasetCopy content) {
        String conf = Base64.getEncoder().encodeToString(content.conf().render().getBytes(StandardCharsets.UTF_8));
        return (STREAM_MAGIC + "\n" + snapshot + "\n" + conf + "\n" + SandboxDatasetLine.encode(content) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The dataset copy and snapshot name a {@link #streamHeader} describes, if {@code stream} starts with one. */
    static Optional<SandboxState.Image> receive(InputStream stream, String tag) throws IOException {
        byte[] start = stream.readNBytes(64 * 1024);
        String text = new String(start, StandardCharsets.ISO_8859_1);
        String[] lines = text.split("\n", 4);
        if (lines.length < 4 || !lines[0].equals(STREAM_MAGIC) || lines[1].indexOf('@') < 0) {
            return Optional.empty();
        }
        String snapshot = lines[1];
        PotConfig conf;
        try {
            conf = PotConfig.parse(new String(Base64.getDecoder().decode(lines[2]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        String jails = "/jails/";
        String pot = snapshot.substring(snapshot.indexOf(jails) + jails.length(), snapshot.indexOf('@'));
        String snap = snapshot.substring(snapshot.indexOf('@') + 1);
        SandboxPot.DatasetCopy content = SandboxDatasetLine.decode(lines[3], conf);
        return Optional.of(new SandboxState.Image(content, snap, tag, pot));
    }

    /** {@code zfs set :pot.tag=T|:pot.snap=S <zroot>/jails/<pot>}, as export does after writing an image. */
    private static int zfsSetImageProperty(Ctx c, String assignment, String dataset) {
        String prefix = c.state().zroot() + "/jails/";
        Optional<SandboxPot> pot =
                dataset.startsWith(prefix) ? c.state().pot(dataset.substring(prefix.length())) : Optional.empty();
        if (pot.isEmpty()) {
            c.out().err("cannot open '" + dataset + "': dataset does not exist");
            return 1;
        }
        if (assignment.startsWith(":pot.tag=")) {
            pot.get().imageTag = assignment.substring(":pot.tag=".length());
        } else if (assignment.startsWith(":pot.snap=")) {
            pot.get().imageSnapshot = assignment.substring(":pot.snap=".length());
        } else {
            c.out().err("sandbox zfs: only :pot.tag and :pot.snap can be set");
            return 1;
        }
        return 0;
    }

    private static Optional<SandboxPot> potOfSnapshot(Ctx c, String snapshot) {
        String prefix = c.state().zroot() + "/jails/";
        int at = snapshot.indexOf('@');
        Optional<SandboxPot> pot = at > prefix.length() && snapshot.startsWith(prefix)
                ? c.state().pot(snapshot.substring(prefix.length(), at))
                : Optional.empty();
        return pot.filter(p -> p.snapshots.containsKey(snapshot.substring(at + 1)));
    }
}
