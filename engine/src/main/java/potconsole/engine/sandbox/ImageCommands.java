package potconsole.engine.sandbox;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.bouncycastle.crypto.digests.SkeinDigest;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;
import potconsole.engine.image.VersionOrder;
import potconsole.engine.model.NetworkType;
import potconsole.engine.model.PotType;

/** export and import (pot-spec §5): image files in the simulated host file system, real Skein-1024 side files. */
final class ImageCommands {
    static final String CACHE = "/var/cache/pot/";

    private ImageCommands() {}

    static int export(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvcFAp:t:D:l:S:", args);
        Out out = c.out();
        SandboxState s = c.state();
        Optional<SandboxPot> pot = ConfigCommands.pot(g, c, "export");
        if (pot.isEmpty()) {
            return 1;
        }
        SandboxPot p = pot.get();
        if (p.type() != PotType.SINGLE) {
            out.error("pot " + p.name + " not supported - only single type pot can be exported");
            return 1;
        }
        if (g.value('S').isPresent() && !s.isFile(g.value('S').get())) {
            out.error("The signing key " + g.value('S').get() + " is not readable");
            return 1;
        }
        String dir = g.value('D').orElse("/root");
        if (!s.isDir(dir)) {
            out.error(dir + " is not a directory");
            return 1;
        }
        if (!g.value('l').orElse("6").matches("[0-9]")) {
            out.error("compression level must be a digit between 0 and 9");
            return 1;
        }
        if (p.snapshots.isEmpty()) {
            if (!g.has('A')) {
                out.error("Pot " + p.name + " has no snapshots - please use pot snapshot for that");
                return 1;
            }
            out.info("Taking a snapshot of " + p.name);
            if (SnapshotCommands.snapshot(List.of("-p", p.name), c) != 0) {
                return 1;
            }
        } else if (p.snapshots.size() > 1 && !g.has('F')) {
            if (!g.has('A')) {
                out.error("Pot " + p.name
                        + " has more than 1 snapshot - use -A to auto-purge old snapshots or -F to force exporting");
                return 1;
            }
            SnapshotCommands.purgeSnapshots(List.of("-p", p.name), c);
        }
        if (!c.requireRoot()) {
            return 1;
        }
        String snap = p.snapshots.lastKey();
        String tag = g.value('t').orElse(snap);
        if (g.has('c') && p.imageTag != null) {
            if (p.imageTag.equals(tag) && !snap.equals(p.imageSnapshot)) {
                out.error("Already exported a different snapshot tagged as this version");
                return 1;
            }
            if (VersionOrder.INSTANCE.compare(tag, p.imageTag) < 0) {
                out.error("Tag version lower than the previously exported one");
                return 1;
            }
        }
        String meta = "-";
        if (p.origin != null) {
            String originPot = p.origin.substring(p.origin.indexOf("/jails/") + 7, p.origin.indexOf("/m@"));
            String originSnap = p.origin.substring(p.origin.indexOf('@') + 1);
            Optional<String> originTag = s.pot(originPot).map(o -> o.imageTag);
            if (originTag.isEmpty() || originTag.get() == null) {
                out.error("Origin " + originPot + "@" + originSnap + " has no :pot.tag, please export first");
                return 1;
            }
            meta = originPot + ":" + originTag.get() + "@" + originSnap;
        }
        String file = dir.replaceAll("/$", "") + "/" + p.name + "_" + tag + ".xz";
        out.info("exporting " + p.name + " @ " + snap + " to " + file);
        byte[] xz = imageBytes(p, snap, g.value('l').orElse("6"));
        writeGradually(c, file, xz);
        byte[] metaBytes = (meta + "\n").getBytes(StandardCharsets.UTF_8);
        s.hostFiles.put(file + ".meta", metaBytes);
        s.hostFiles.put(file + ".skein", (skein1024(xz, metaBytes) + "\n").getBytes(StandardCharsets.US_ASCII));
        s.images.put(skein1024(xz, metaBytes), new SandboxState.Image(p.snapshots.get(snap), snap, tag, p.name));
        p.imageTag = tag;
        p.imageSnapshot = snap;
        return 0;
    }

    /**
     * The compressed stream: a real, valid {@code .xz} of deterministic incompressible bytes for the pot, snapshot and
     * level, sized as pot's output would be, so verifying a sandbox image checks a real container.
     */
    private static byte[] imageBytes(SandboxPot p, String snap, String level) {
        // 396 bytes of xz per KiB used: a 2.19M pot gives the recorded 888236-byte image at level 6.
        int size = (int) Math.max(4096, p.diskUsageKb * 396L + 8 - 640L * (Integer.parseInt(level) - 6));
        return xzOfSize((p.name + "@" + snap).hashCode(), size);
    }

    /** An xz file of exactly {@code size} bytes (a multiple of 4, as every xz file is) holding random data. */
    static byte[] xzOfSize(long seed, int size) {
        int length = Math.max(1, size - 64);
        byte[] best = new byte[0];
        for (int attempt = 0; attempt < 16 && best.length != size; attempt++) {
            byte[] data = new byte[length];
            new Random(seed).nextBytes(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream(size + 64);
            // Stored (uncompressed) LZMA2 chunks: random bytes do not compress, and this takes no encoder time.
            try (XZOutputStream xz = new XZOutputStream(out, stored())) {
                xz.write(data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            best = out.toByteArray();
            length = Math.max(1, length + size - best.length);
        }
        return best;
    }

    private static LZMA2Options stored() throws IOException {
        LZMA2Options stored = new LZMA2Options();
        stored.setMode(LZMA2Options.MODE_UNCOMPRESSED);
        return stored;
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

    static String skein1024(byte[]... parts) {
        SkeinDigest d = new SkeinDigest(1024, 1024);
        for (byte[] p : parts) {
            d.update(p, 0, p.length);
        }
        byte[] out = new byte[d.getDigestSize()];
        d.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
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
        // A failed fetch or hash check removes what was cached and tries once more, then fails with fetch's own
        // lines only (transcripts 119, 120).
        boolean fetched = false;
        for (int attempt = 0; attempt < 2 && !fetched; attempt++) {
            fetched = fetchAll(c, dir, base);
            if (!fetched) {
                for (String suffix : new String[] {".skein", "", ".meta"}) {
                    s.hostFiles.remove(CACHE + base + suffix);
                }
            }
        }
        if (!fetched) {
            return 1;
        }
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
            if (!fetch(c, dir + "/" + base + suffix, CACHE + base + suffix)) {
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
        if (!expected.equals(skein1024(xz, meta) + "\n")) {
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

    /** FreeBSD fetch(1) into the cache: an already cached file is never fetched again (pot-spec §5.2). */
    private static boolean fetch(Ctx c, String from, String to) {
        SandboxState s = c.state();
        if (s.isFile(to)) {
            return true;
        }
        byte[] data = s.hostFiles.get(from);
        if (data == null || from.endsWith("/")) {
            c.out().err("fetch: file://" + from + ": No such file or directory");
            return false;
        }
        // The file grows in the cache while fetch runs, so a console polling its size sees progress.
        int steps = 10;
        for (int i = 1; i <= steps; i++) {
            s.hostFiles.put(to, Arrays.copyOf(data, (int) ((long) data.length * i / steps)));
            c.host().pauseUnlocked(c, Duration.ofMillis(Math.min(200, 5 + data.length / 40_000)));
        }
        long rate = Math.max(1, data.length * 20L);
        c.out()
                .err(String.format(
                        Locale.ROOT,
                        "%-53s%5s %2s %4s %2sps",
                        to,
                        human(data.length)[0],
                        human(data.length)[1],
                        human(rate)[0],
                        human(rate)[1]));
        return true;
    }

    /** fetch(1)'s sizes: bytes below 1000, else kB/MB with no decimals. */
    private static String[] human(long bytes) {
        if (bytes < 1000) {
            return new String[] {String.valueOf(bytes), " B"};
        }
        if (bytes < 1000 * 1024) {
            return new String[] {String.valueOf(bytes / 1024), "kB"};
        }
        return new String[] {String.valueOf(bytes / (1024 * 1024)), "MB"};
    }
}
