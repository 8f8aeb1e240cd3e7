package potconsole.engine.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import potconsole.engine.model.NetworkType;
import potconsole.engine.model.PotSettings;

/** The whole simulated host: pots, bases, fscomps, bridges, flavours, host files, and the clock. */
final class SandboxState {
    static final String RELEASE_LIST = "12.4 13.2 13.3 14.0 14.1 14.2";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(
                    "EEE MMM ppd HH:mm:ss 'UTC' yyyy", Locale.US)
            .withZone(ZoneOffset.UTC);

    PotSettings settings;
    /** What a host has for pot besides pot's own state: installed, initialised, kernel, pf (SetupCommands). */
    final SandboxSetup setup = new SandboxSetup();

    final String hostname;
    Clock clock;
    final TreeMap<String, SandboxPot> pots = new TreeMap<>();
    /** Bases with the snapshot create-base took of them. */
    final TreeMap<String, String> bases = new TreeMap<>();

    final TreeMap<String, TreeSet<String>> fscomps = new TreeMap<>();
    final TreeMap<String, String> bridges = new TreeMap<>();
    /** Flavours in directory order (as pot ls -F prints them). */
    final Map<String, SandboxFlavour> flavours = new LinkedHashMap<>();
    /** Paths with the execute bit (host files and flavour bootstraps). */
    final Set<String> executables = new TreeSet<>();
    /** Host files (path → content); directories are paths ending in '/'. */
    final TreeMap<String, byte[]> hostFiles = new TreeMap<>();
    /** Inode numbers of log files (SandboxSyslog: a rotated file gets a new one). */
    final Map<String, Long> inodes = new TreeMap<>();
    /** What an exported image holds (its bytes are in hostFiles), by its Skein-1024 hash (the .skein content). */
    final Map<String, Image> images = new TreeMap<>();

    record Image(SandboxPot.DatasetCopy content, String snapshot, String tag, String pot) {}

    boolean pfEnabled;
    /** What the doctor reads beyond pot's state (boot time, rctl, pf anchors, ZFS space), and injected faults. */
    final SandboxHostFacts facts = new SandboxHostFacts();
    /** Whether the account is root (else a read-only member of group pot). */
    boolean root = true;

    int nextJid = 1;

    SandboxState(String hostname, Clock clock) {
        this.settings = PotSettings.defaults();
        this.hostname = hostname;
        this.clock = clock;
        mkdir("/tmp");
        mkdir("/var/cache/pot");
        hostFile("/etc/hostname", hostname + "\n");
        hostFile("/etc/hosts", "::1 localhost\n127.0.0.1 localhost\n");
        SandboxSyslog.stock(this);
    }

    String fsRoot() {
        return settings.fsRoot();
    }

    String zroot() {
        return settings.zfsRoot();
    }

    Instant now() {
        return clock.instant();
    }

    String epoch() {
        return String.valueOf(now().getEpochSecond());
    }

    /** {@code date} output as the pot's rc prints it. */
    String date() {
        return DATE.format(now());
    }

    Optional<SandboxPot> pot(String name) {
        return Optional.ofNullable(pots.get(name));
    }

    void mkdir(String dir) {
        String d = dir.endsWith("/") ? dir : dir + "/";
        hostFiles.putIfAbsent(d, new byte[0]);
    }

    boolean isDir(String dir) {
        String d = dir.endsWith("/") ? dir : dir + "/";
        return hostFiles.containsKey(d) || hostFiles.keySet().stream().anyMatch(k -> k.startsWith(d));
    }

    void hostFile(String path, String content) {
        hostFiles.put(path, content.getBytes(StandardCharsets.UTF_8));
    }

    boolean isFile(String path) {
        return hostFiles.containsKey(path) && !path.endsWith("/");
    }

    /** {@code potnet next [-b bridge]}: the first free host address (pot-spec §7.6). */
    String nextIp(Optional<String> bridge) {
        TreeSet<Long> taken = takenAddresses();
        if (bridge.isPresent()) {
            String net = bridgeValue(bridge.get(), "net=");
            long base = ipToLong(net.substring(0, net.indexOf('/')));
            int size = 1 << (32 - Integer.parseInt(net.substring(net.indexOf('/') + 1)));
            TreeSet<Long> inBridge = new TreeSet<>();
            pots.values().stream()
                    .filter(p -> bridge.get().equals(p.conf.raw("bridge").orElse("")))
                    .forEach(p -> p.conf.raw("ip").ifPresent(ip -> inBridge.add(ipToLong(ip))));
            for (long a = base + 2; a < base + size - 1; a++) {
                if (!inBridge.contains(a)) {
                    return longToIp(a);
                }
            }
            throw new IllegalStateException("bridge full");
        }
        long base = ipToLong("10.192.0.0");
        for (long a = base + 1; ; a++) {
            if (!taken.contains(a)) {
                return longToIp(a);
            }
        }
    }

    /**
     * {@code potnet validate -H ip [-b bridge]}: an IPv4 inside {@code POT_NETWORK} (or the bridge's net) that is
     * not taken.
     */
    boolean validIp(String ip, Optional<String> bridge) {
        if (!ip.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")
                || Arrays.stream(ip.split("\\.")).anyMatch(p -> Integer.parseInt(p) > 255)) {
            return false;
        }
        long a = ipToLong(ip);
        if (bridge.isPresent()) {
            String net = bridgeValue(bridge.get(), "net=");
            long base = ipToLong(net.substring(0, net.indexOf('/')));
            int size = 1 << (32 - Integer.parseInt(net.substring(net.indexOf('/') + 1)));
            if (a < base + 2 || a >= base + size - 1) {
                return false;
            }
            return pots.values().stream()
                    .filter(p -> bridge.get().equals(p.conf.raw("bridge").orElse("")))
                    .noneMatch(p -> ip.equals(p.conf.raw("ip").orElse("")));
        }
        String network = settings.get("POT_NETWORK");
        long base = ipToLong(network.substring(0, network.indexOf('/')));
        long size = 1L << (32 - Integer.parseInt(network.substring(network.indexOf('/') + 1)));
        return a > base && a < base + size - 1 && !takenAddresses().contains(a);
    }

    /** {@code potnet new-net -s hosts}: the first aligned subnet with room for hosts + 2 that overlaps nothing. */
    String newNet(int hosts) {
        int size = Integer.highestOneBit(hosts + 2) == hosts + 2 ? hosts + 2 : Integer.highestOneBit(hosts + 2) << 1;
        int prefix = 32 - Integer.numberOfTrailingZeros(size);
        TreeSet<Long> taken = takenAddresses();
        long base = ipToLong("10.192.0.0");
        for (long net = base; ; net += size) {
            boolean free = true;
            for (long a = net; a < net + size; a++) {
                if (taken.contains(a)) {
                    free = false;
                    break;
                }
            }
            if (free) {
                return longToIp(net) + "/" + prefix;
            }
        }
    }

    private TreeSet<Long> takenAddresses() {
        TreeSet<Long> taken = new TreeSet<>();
        taken.add(ipToLong("10.192.0.0"));
        taken.add(ipToLong(settings.get("POT_GATEWAY")));
        taken.add(ipToLong(settings.get("POT_DNS_IP")));
        for (SandboxPot p : pots.values()) {
            NetworkType type = p.conf.network().type();
            if (type.isBridge()) {
                p.conf.raw("ip").filter(ip -> ip.matches("[0-9.]+")).ifPresent(ip -> taken.add(ipToLong(ip)));
            }
        }
        for (String b : bridges.keySet()) {
            String net = bridgeValue(b, "net=");
            long start = ipToLong(net.substring(0, net.indexOf('/')));
            int size = 1 << (32 - Integer.parseInt(net.substring(net.indexOf('/') + 1)));
            for (long a = start; a < start + size; a++) {
                taken.add(a);
            }
        }
        return taken;
    }

    String bridgeValue(String bridge, String key) {
        for (String line : bridges.getOrDefault(bridge, "").split("\n")) {
            if (line.startsWith(key)) {
                return line.substring(key.length());
            }
        }
        return "";
    }

    static long ipToLong(String ip) {
        long v = 0;
        for (String part : ip.split("\\.")) {
            v = (v << 8) | Integer.parseInt(part);
        }
        return v;
    }

    static String longToIp(long v) {
        return ((v >> 24) & 255) + "." + ((v >> 16) & 255) + "." + ((v >> 8) & 255) + "." + (v & 255);
    }

    /** Every snapshot name under {@code <zroot>/jails} as {@code zfs list -H -t snapshot -o name -r} prints it. */
    List<String> jailSnapshots() {
        List<String> out = new ArrayList<>();
        for (SandboxPot p : pots.values()) {
            String ds = zroot() + "/jails/" + p.name;
            for (String s : p.snapshots.keySet()) {
                out.add(ds + "@" + s);
            }
            for (String child : p.childDatasets()) {
                for (String s : p.snapshots.keySet()) {
                    out.add(ds + "/" + child + "@" + s);
                }
            }
        }
        return out;
    }

    /** {@code zfs get -H -o name,property,value origin,:pot.tag,:pot.snap} over the pot datasets. */
    List<String> jailProperties() {
        List<String> out = new ArrayList<>();
        for (SandboxPot p : pots.values()) {
            String ds = zroot() + "/jails/" + p.name;
            addProps(out, ds, "-", p.imageTag, p.imageSnapshot);
            for (String child : p.childDatasets()) {
                String origin = child.equals("m") && p.origin != null ? p.origin : "-";
                addProps(out, ds + "/" + child, origin, p.imageTag, p.imageSnapshot);
            }
        }
        return out;
    }

    private static void addProps(List<String> out, String ds, String origin, String tag, String snap) {
        out.add(ds + "\torigin\t" + origin);
        out.add(ds + "\t:pot.tag\t" + (tag == null ? "-" : tag));
        out.add(ds + "\t:pot.snap\t" + (snap == null ? "-" : snap));
    }

    /** Human size as zfs prints it (K below 1 MiB, M with two decimals). */
    static String humanSize(long kb) {
        if (kb < 1024) {
            return kb + "K";
        }
        return String.format(Locale.ROOT, "%.2fM", kb / 1024.0);
    }

    Map<String, String> statusFiles() {
        Map<String, String> out = new TreeMap<>();
        for (SandboxPot p : pots.values()) {
            if (p.status != null) {
                out.put(p.name, "pot.status=" + p.status.potValue() + "," + p.interfaces + "\n");
            }
        }
        return out;
    }
}
