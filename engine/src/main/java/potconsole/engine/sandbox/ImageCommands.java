package potconsole.engine.sandbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tukaani.xz.XZInputStream;
import potconsole.engine.image.VersionOrder;
import potconsole.engine.model.NetworkType;
import potconsole.engine.model.PotType;

/** export and import (pot-spec §5): image files in the simulated host file system, real Skein-1024 side files. */
final class ImageCommands {
    static final String CACHE = "/var/cache/pot/";

    private ImageCommands() {}

    static int export(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvcFAp:t:D:l:S:", args);
        Optional<SandboxPot> pot = ConfigCommands.pot(g, c, "export");
        if (pot.isEmpty()) {
            return 1;
        }
        SandboxPot p = pot.get();
        Optional<String> problem = exportProblem(g, p, c.state());
        if (problem.isPresent()) {
            c.out().error(problem.get());
            return 1;
        }
        if (!oneSnapshot(g, p, c) || !c.requireRoot()) {
            return 1;
        }
        String snap = p.snapshots.lastKey();
        String tag = g.value('t').orElse(snap);
        Optional<String> refused = g.has('c') ? tagProblem(p, snap, tag) : Optional.empty();
        if (refused.isPresent()) {
            c.out().error(refused.get());
            return 1;
        }
        Optional<String> meta = originMeta(p, c);
        if (meta.isEmpty()) {
            return 1;
        }
        write(c, g, p, snap, tag, meta.get());
        return 0;
    }

    /** pot's checks before it looks at snapshots: single type, readable key, directory, level. */
    private static Optional<String> exportProblem(Getopt g, SandboxPot p, SandboxState s) {
        if (p.type() != PotType.SINGLE) {
            return Optional.of("pot " + p.name + " not supported - only single type pot can be exported");
        }
        if (g.value('S').isPresent() && !s.isFile(g.value('S').get())) {
            return Optional.of("The signing key " + g.value('S').get() + " is not readable");
        }
        String dir = g.value('D').orElse("/root");
        if (!s.isDir(dir)) {
            return Optional.of(dir + " is not a directory");
        }
        if (!g.value('l').orElse("6").matches("[0-9]")) {
            return Optional.of("compression level must be a digit between 0 and 9");
        }
        return Optional.empty();
    }

    /** Exactly one snapshot to export: -A takes one or purges the older ones, -F exports the newest of many. */
    private static boolean oneSnapshot(Getopt g, SandboxPot p, Ctx c) {
        if (p.snapshots.isEmpty()) {
            if (!g.has('A')) {
                c.out().error("Pot " + p.name + " has no snapshots - please use pot snapshot for that");
                return false;
            }
            c.out().info("Taking a snapshot of " + p.name);
            return SnapshotCommands.snapshot(List.of("-p", p.name), c) == 0;
        }
        if (p.snapshots.size() > 1 && !g.has('F')) {
            if (!g.has('A')) {
                c.out()
                        .error(
                                "Pot " + p.name
                                        + " has more than 1 snapshot - use -A to auto-purge old snapshots or -F to force exporting");
                return false;
            }
            SnapshotCommands.purgeSnapshots(List.of("-p", p.name), c);
        }
        return true;
    }

    /** -c: a tag is exported once, from one snapshot, and versions only grow. */
    private static Optional<String> tagProblem(SandboxPot p, String snap, String tag) {
        if (p.imageTag == null) {
            return Optional.empty();
        }
        if (p.imageTag.equals(tag) && !snap.equals(p.imageSnapshot)) {
            return Optional.of("Already exported a different snapshot tagged as this version");
        }
        if (VersionOrder.INSTANCE.compare(tag, p.imageTag) < 0) {
            return Optional.of("Tag version lower than the previously exported one");
        }
        return Optional.empty();
    }

    /** The .meta line: {@code -} for a pot of its own, else its origin's image; empty (after the error) if none. */
    private static Optional<String> originMeta(SandboxPot p, Ctx c) {
        if (p.origin == null) {
            return Optional.of("-");
        }
        String originPot = p.origin.substring(p.origin.indexOf("/jails/") + 7, p.origin.indexOf("/m@"));
        String originSnap = p.origin.substring(p.origin.indexOf('@') + 1);
        Optional<String> originTag = c.state().pot(originPot).map(o -> o.imageTag);
        if (originTag.isEmpty() || originTag.get() == null) {
            c.out().error("Origin " + originPot + "@" + originSnap + " has no :pot.tag, please export first");
            return Optional.empty();
        }
        return Optional.of(originPot + ":" + originTag.get() + "@" + originSnap);
    }

    /** The image, its .meta and .skein side files, and the image remembered for a later import. */
    private static void write(Ctx c, Getopt g, SandboxPot p, String snap, String tag, String meta) {
        SandboxState s = c.state();
        String dir = g.value('D').orElse("/root");
        String file = dir.replaceAll("/$", "") + "/" + p.name + "_" + tag + ".xz";
        c.out().info("exporting " + p.name + " @ " + snap + " to " + file);
        byte[] xz = SandboxImages.imageBytes(p, snap, g.value('l').orElse("6"));
        writeGradually(c, file, xz);
        byte[] metaBytes = (meta + "\n").getBytes(StandardCharsets.UTF_8);
        s.hostFiles.put(file + ".meta", metaBytes);
        String hash = SandboxImages.skein1024(xz, metaBytes);
        s.hostFiles.put(file + ".skein", (hash + "\n").getBytes(StandardCharsets.US_ASCII));
        s.images.put(hash, new SandboxState.Image(p.snapshots.get(snap), snap, tag, p.name));
        p.imageTag = tag;
        p.imageSnapshot = snap;
    }

    /** The file grows while the export runs, so a console polling its size sees progress. */
    private static void writeGradually(Ctx c, String file, byte[] content) {
        int steps = 20;
        for (int i = 1; i <= steps; i++) {
            int len = (int) ((long) content.length * i / steps);
            byte[] part = Arrays.copyOf(content, len);
            c.state().hostFiles.put(file, part);
            c.host().pauseUnlocked(c, Duration.ofMillis(150));
        }
    }

    static int importImage(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvp:t:U:C:", args);
        Out out = c.out();
        SandboxState s = c.state();
        String remote = g.value('p').orElse("");
        String tag = g.value('t').orElse("");
        if (remote.isEmpty() || tag.isEmpty()) {
            out.help(PotHelp.of("import"));
            return 1;
        }
        String local = (remote + "_" + tag).replace('.', '_');
        if (s.pot(local).isPresent()) {
            out.error("pot " + local + " is already present");
            out.help(PotHelp.of("import"));
            return 1;
        }
        if (!c.requireRoot()) {
            return 1;
        }
        String url = g.value('U').orElse("file://");
        if (!url.startsWith("file://")) {
            out.err("fetch: " + url + "/" + remote + "_" + tag + ".xz.skein: No address record");
            out.error("Failed to fetch the image " + remote + "_" + tag);
            return 1;
        }
        String dir = url.substring("file://".length()).replaceAll("/$", "");
        String base = remote + "_" + tag + ".xz";
        out.info("importing " + remote + " @ " + tag + " as " + local);
        if (!fetchTwice(c, dir, base)) {
            return 1;
        }
        return receiveFetched(c, g, local, base, tag);
    }

    /** A failed fetch or hash check removes what was cached and tries once more (transcripts 119, 120). */
    private static boolean fetchTwice(Ctx c, String dir, String base) {
        for (int attempt = 0; attempt < 2; attempt++) {
            if (fetchAll(c, dir, base)) {
                return true;
            }
            for (String suffix : new String[] {".skein", "", ".meta"}) {
                c.state().hostFiles.remove(CACHE + base + suffix);
            }
        }
        return false;
    }

    private static int receiveFetched(Ctx c, Getopt g, String local, String base, String tag) {
        Out out = c.out();
        SandboxState s = c.state();
        if (g.has('v')) {
            out.debug("Hash confirmed");
        }
        byte[] xz = s.hostFiles.get(CACHE + base);
        String expected = new String(s.hostFiles.get(CACHE + base + ".skein"), StandardCharsets.US_ASCII);
        // Known by content (an image this sandbox exported, copied or pushed anywhere), else by its stream: any
        // valid image of a sandbox pot, e.g. the console's own export to the workstation, receives as well.
        Optional<SandboxState.Image> image =
                Optional.ofNullable(s.images.get(expected.strip())).or(() -> receivable(xz, tag));
        out.info("Pot " + local + " has no dependencies");
        // zfs receive's refusals; pot does not check its exit status and carries on to exit 0 (issue 13).
        if (!local.matches("[A-Za-z0-9_.: -]+")) {
            out.err("cannot receive: invalid name");
            return 0;
        }
        if (image.isEmpty()) {
            out.err("cannot receive: invalid stream (bad magic number)");
            return 0;
        }
        return receive(c, g, local, image.get());
    }

    private static Optional<SandboxState.Image> receivable(byte[] xz, String tag) {
        try (InputStream in = new XZInputStream(new ByteArrayInputStream(xz))) {
            return ZfsCommands.receive(in, tag);
        } catch (IOException notAStream) {
            return Optional.empty();
        }
    }

    /** The three fetches and the hash check of one attempt (pot-spec §5.2 step 3). */
    private static boolean fetchAll(Ctx c, String dir, String base) {
        Out out = c.out();
        SandboxState s = c.state();
        for (String suffix : new String[] {".skein", "", ".meta"}) {
            if (!SandboxFetch.fetch(c, dir + "/" + base + suffix, CACHE + base + suffix)) {
                if (suffix.equals(".meta")) {
                    out.info("No " + CACHE + base + ".meta, ignoring");
                    s.hostFiles.put(CACHE + base + ".meta", new byte[0]);
                } else {
                    return false;
                }
            }
        }
        byte[] xz = s.hostFiles.get(CACHE + base);
        byte[] meta = s.hostFiles.get(CACHE + base + ".meta");
        String expected = new String(s.hostFiles.get(CACHE + base + ".skein"), StandardCharsets.US_ASCII);
        if (!expected.equals(SandboxImages.skein1024(xz, meta) + "\n")) {
            out.error("The image and its hash do not overlap");
            return false;
        }
        return true;
    }

    private static int receive(Ctx c, Getopt g, String local, SandboxState.Image image) {
        Out out = c.out();
        SandboxState s = c.state();
        SandboxPot pot = new SandboxPot(local, image.content().conf());
        pot.restore(image.content());
        pot.conf = pot.conf.with("host.hostname", "\"" + local + "." + s.hostname + "." + s.hostname + "\"");
        pot.snapshots.put(image.snapshot(), image.content());
        pot.imageTag = image.tag();
        pot.imageSnapshot = image.snapshot();
        pot.diskUsageKb = 2243;
        NetworkType type = pot.conf.network().type();
        if (type == NetworkType.PUBLIC_BRIDGE || type == NetworkType.ALIAS) {
            if (type == NetworkType.ALIAS) {
                out.error("Static IP not supported by import. Moving the pot to the internal network");
                ConfigCommands.set(pot, "vnet", "true");
            }
            String ip = s.nextIp(Optional.empty());
            ConfigCommands.set(pot, "ip", ip);
            out.info("Assigning new IP: " + ip);
        } else if (g.has('v')) {
            out.debug("network_type set to " + type.potValue() + ", nothing to rework");
        }
        s.pots.put(local, pot);
        return 0;
    }
}
