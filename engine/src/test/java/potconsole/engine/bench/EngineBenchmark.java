package potconsole.engine.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.LocalRunner;
import potconsole.engine.inventory.InventoryParser;
import potconsole.engine.inventory.InventoryScript;
import potconsole.engine.model.HostInventory;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.testkit.FakePotHost;
import potconsole.engine.testkit.Transcript;

/**
 * Prints the engine's figures (not a test; nothing here asserts a time):
 * inventory parse time for 500 pots, sandbox inventory wall time, and the real script on a 500-pot tree under dash.
 * Run: {@code mvn -q -Pbench -pl engine test-compile exec:java}
 */
public final class EngineBenchmark {
    private static final int POTS = 500;
    private static final int WARMUP = 20;
    private static final int RUNS = 50;

    public static void main(String[] args) throws Exception {
        SandboxHost sandbox =
                SandboxHost.recordedHost(Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC));
        for (int i = 0; i < POTS; i++) {
            String name = String.format(Locale.ROOT, "pot%03d", i);
            String network = i % 3 == 0 ? "public-bridge" : "inherit";
            run(sandbox, "pot", "create", "-p", name, "-b", "13.2", "-t", "single", "-N", network);
            run(sandbox, "pot", "export-ports", "-p", name, "-e", "80:" + (8000 + i));
            run(sandbox, "pot", "snapshot", "-p", name);
        }

        InventoryScript script = InventoryScript.create();
        CapturingListener payload = new CapturingListener();
        sandbox.run(script.request(), payload);
        List<String> lines = payload.stdout();
        long bytes = lines.stream().mapToLong(l -> l.length() + 1).sum();

        double[] parse = time(() -> InventoryParser.parse(script.marker(), lines, Instant.EPOCH));
        double[] wall = time(() -> {
            InventoryScript s = InventoryScript.create();
            CapturingListener out = new CapturingListener();
            sandbox.run(s.request(), out);
            InventoryParser.parse(s.marker(), out.stdout(), Instant.EPOCH);
        });

        System.out.printf(Locale.ROOT, "payload for %d pots: %d lines, %.1f KiB%n", POTS, lines.size(), bytes / 1024.0);
        report("inventory parse (500 pots)", parse);
        report("sandbox inventory wall time (script + parse, 500 pots)", wall);
        realScript();
    }

    /** The real inventory.sh under dash on a 500-pot tree with stand-in zfs/jls. */
    private static void realScript() throws Exception {
        Path dir = Files.createTempDirectory("potconsole-bench");
        FakePotHost host = new FakePotHost(dir);
        String conf = Transcript.load("69-pot-conf-nginx.txt").stdout();
        StringBuilder snaps = new StringBuilder();
        for (int i = 0; i < POTS; i++) {
            String name = String.format(Locale.ROOT, "pot%03d", i);
            host.pot(name, conf.replace("nginx.vm", name + ".vm"), "");
            snaps.append("zroot/pot/jails/").append(name).append("@1795377455\n");
        }
        host.fake("snapshots", snaps.toString());
        LocalRunner dash = new LocalRunner(List.of("/usr/bin/dash"));
        double[] t = time(() -> {
            InventoryScript s = InventoryScript.create();
            CapturingListener out = new CapturingListener();
            dash.run(ExecRequest.script(s.text(host.pathPreamble())), out);
            HostInventory inv = InventoryParser.parse(s.marker(), out.stdout(), Instant.EPOCH);
            if (inv.pots().size() != POTS) {
                throw new IllegalStateException(
                        "expected " + POTS + " pots, got " + inv.pots().size());
            }
        });
        report("real inventory.sh under dash + parse (500 pots, local)", t);
    }

    private static void run(SandboxHost host, String... argv) {
        if (host.run(ExecRequest.of(argv), ExecListener.NONE).exitCode() != 0) {
            throw new IllegalStateException("setup failed: " + String.join(" ", argv));
        }
    }

    private static double[] time(Runnable r) {
        for (int i = 0; i < WARMUP; i++) {
            r.run();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            r.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void report(String what, double[] sortedMs) {
        List<String> cells = new ArrayList<>();
        cells.add(String.format(Locale.ROOT, "median %.2f ms", sortedMs[sortedMs.length / 2]));
        cells.add(String.format(Locale.ROOT, "p90 %.2f ms", sortedMs[(int) (sortedMs.length * 0.9)]));
        cells.add(String.format(Locale.ROOT, "min %.2f ms", sortedMs[0]));
        System.out.printf(Locale.ROOT, "%-58s %s (%d runs)%n", what, String.join(", ", cells), sortedMs.length);
    }
}
