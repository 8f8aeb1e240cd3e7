package potconsole.engine.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import potconsole.engine.model.StatusFileState;

/**
 * Puts a sandbox host into the states the doctor explains, the way they happen on a real host (a jail lost without
 * pot noticing, a half-downloaded image, a hand-edited address, rctl turned on, pf rules flushed behind pot's back),
 * so GUI tests and a newcomer can see every finding without FreeBSD.
 */
public final class SandboxFaults {
    private final SandboxHost host;
    private final SandboxState s;

    private SandboxFaults(SandboxHost host) {
        this.host = host;
        this.s = host.state();
    }

    public static SandboxFaults of(SandboxHost host) {
        return new SandboxFaults(host);
    }

    /** The status file says started, the jail is gone. */
    public SandboxFaults wedge(String pot) {
        host.loseJail(pot);
        return this;
    }

    /** The host rebooted after the pot's status file was last written (pot-spec §1.8: pot then ignores it). */
    public SandboxFaults staleStatus(String pot) {
        return change(() -> {
            SandboxPot p = pot(pot);
            p.running = false;
            p.status = StatusFileState.STARTED;
            s.facts.staleStatus.add(pot);
        });
    }

    /** A start that failed before the jail ran. */
    public SandboxFaults doa(String pot) {
        return change(() -> {
            SandboxPot p = pot(pot);
            p.running = false;
            p.status = StatusFileState.DOA;
        });
    }

    /**
     * A non-persistent pot whose application is still running: the state while {@code pot start} waits for it (the
     * sandbox's own start returns at once when its command is quick).
     */
    public SandboxFaults applicationRunning(String pot) {
        return change(() -> {
            SandboxPot p = pot(pot);
            p.running = true;
            p.status = StatusFileState.STARTED;
            p.jid = s.nextJid++;
        });
    }

    /** {@code NAME_TAG.xz} of {@code size} bytes in the cache with no {@code .skein}: an interrupted fetch. */
    public SandboxFaults poisonCache(String name, String tag, int size) {
        return change(() -> {
            byte[] partial = new byte[size];
            Arrays.fill(partial, (byte) 0xFD);
            s.hostFiles.put(s.settings.get("POT_CACHE") + "/" + name + "_" + tag + ".xz", partial);
            s.hostFiles.put(
                    s.settings.get("POT_CACHE") + "/" + name + "_" + tag + ".xz.meta",
                    ("pot.name=" + name + "\n").getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A complete image in POT_CACHE (the .xz, .meta and .skein a finished pot import leaves), {@code size} bytes. */
    public SandboxFaults cached(String name, String tag, int size) {
        return change(() -> {
            String base = s.settings.get("POT_CACHE") + "/" + name + "_" + tag + ".xz";
            byte[] image = new byte[size];
            Arrays.fill(image, (byte) 0x5A);
            s.hostFiles.put(base, image);
            s.hostFiles.put(base + ".meta", ("pot.name=" + name + "\n").getBytes(StandardCharsets.UTF_8));
            s.hostFiles.put(base + ".skein", "0123456789abcdef\n".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A pot.conf line edited by hand (an address, a reference pot), as pot itself never would. */
    public SandboxFaults editConf(String pot, String key, String value) {
        return change(() -> pot(pot).conf = pot(pot).conf.with(key, value));
    }

    public SandboxFaults racct(boolean on) {
        return change(() -> s.facts.racct = on);
    }

    /** {@code pfctl -a pot-rdr/POT -F nat} by hand: the pot runs, its port redirects are gone. */
    public SandboxFaults dropRedirects(String pot) {
        return change(() -> s.facts.droppedRdr.add(pot));
    }

    public SandboxFaults pfDisabled() {
        return change(() -> s.pfEnabled = false);
    }

    /** The pool under POT_ZFS_ROOT at {@code percent} % used. */
    public SandboxFaults fill(int percent) {
        return change(() -> {
            long total = s.facts.rootUsed + s.facts.rootAvailable;
            s.facts.rootUsed = total * percent / 100;
            s.facts.rootAvailable = total - s.facts.rootUsed;
        });
    }

    /**
     * {@code n} more running public-bridge pots ({@code prefix001}…), created and started by pot's own commands: a busy
     * host whose bridge fills and whose usage charts have many lines. Needs a root sandbox (the demo is one).
     */
    public SandboxFaults crowd(String prefix, int n) {
        for (int i = 1; i <= n; i++) {
            String name = String.format(Locale.ROOT, "%s%03d", prefix, i);
            SandboxSeeds.seed(host, "pot", "create", "-p", name, "-b", "13.2", "-t", "single", "-N", "public-bridge");
            SandboxSeeds.seed(host, "pot", "start", name);
        }
        return this;
    }

    /** The pool under POT_ZFS_ROOT (and so POT_CACHE) with {@code bytes} free, as df and zfs list report it. */
    public SandboxFaults diskFree(long bytes) {
        return change(() -> s.facts.rootAvailable = bytes);
    }

    /**
     * The pool fills up behind df's back (another writer): after {@code bytes} more bytes written into the host's
     * files, a write fails with "No space left on device" and leaves nothing under the file's name.
     */
    public SandboxFaults fillsUpAfter(long bytes) {
        return change(() -> s.facts.writableBytes = bytes);
    }

    /** The pot's data at {@code bytes} (its {@code zfs send} stream as long): a big pot for the copy benchmark. */
    public SandboxFaults dataSize(String pot, long bytes) {
        return change(() -> pot(pot).diskUsageKb = bytes / 1024);
    }

    public SandboxFaults bootedAt(Instant boot) {
        return change(() -> s.facts.bootTime = boot);
    }

    private SandboxPot pot(String name) {
        return s.pot(name).orElseThrow(() -> new IllegalArgumentException("no pot " + name + " in the sandbox"));
    }

    private SandboxFaults change(Runnable r) {
        host.locked(r);
        return this;
    }
}
