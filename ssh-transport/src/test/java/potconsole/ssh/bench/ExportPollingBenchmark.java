package potconsole.ssh.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.ssh.SshPrompts;
import potconsole.ssh.SshRunner;
import potconsole.ssh.testkit.OpenSshServer;

/**
 * What the console's progress costs a host export: the same compress-to-a-file command (a generated stream through
 * {@code xz -T2}, standing in for pot export's {@code zfs send | xz}) over one SSH session, with and without the
 * console's polling of the file's size every 500 ms through the same session (as {@code HostExport} does), in
 * interleaved rounds.
 */
final class ExportPollingBenchmark {
    private static final long POLL_MILLIS = 500;

    private ExportPollingBenchmark() {}

    static void run(OpenSshServer server, String user, Path dir, int megabytes, int rounds) throws Exception {
        Path work = Files.createDirectories(dir.resolve("export-polling"));
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxrwxrwx"));
        new ProcessBuilder("sh", "-c", "tar cf - /usr 2>/dev/null | head -c " + megabytes * 1_000_000L + " > stream")
                .directory(work.toFile())
                .inheritIO()
                .start()
                .waitFor();
        String script = "cat " + work.resolve("stream") + " | xz -T2 -1 > " + work.resolve("out.xz");
        List<Double> quiet = new ArrayList<>();
        List<Double> polled = new ArrayList<>();
        int[] polls = {0};
        try (SshRunner ssh = new SshRunner(server.targetAs(user), SshPrompts.nonInteractive())) {
            for (int round = 0; round < rounds; round++) {
                quiet.add(export(ssh, script, null, null));
                polled.add(export(ssh, script, work.resolve("out.xz").toString(), polls));
            }
        }
        double overhead = 100.0 * (median(polled) - median(quiet)) / median(quiet);
        System.out.printf(
                Locale.ROOT,
                "host export over SSH, %d MB through xz -T2 -1: without polling %.2f s, polling the size every %d ms"
                        + " (%d polls in all) %.2f s: %+.1f %%%n",
                megabytes,
                median(quiet),
                POLL_MILLIS,
                polls[0],
                median(polled),
                overhead);
    }

    /** Seconds for the export; with a file, its size is polled through the same session until it ends. */
    private static double export(SshRunner ssh, String script, String file, int[] polls) throws Exception {
        long start = System.nanoTime();
        CompletableFuture<Void> export =
                CompletableFuture.runAsync(() -> ssh.run(ExecRequest.of("sh", "-c", script), ExecListener.NONE));
        while (true) {
            try {
                export.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                return (System.nanoTime() - start) / 1e9;
            } catch (TimeoutException stillRunning) {
                if (file != null) {
                    ssh.run(ExecRequest.of("stat", "-c", "%s", file), ExecListener.NONE);
                    polls[0]++;
                }
            }
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
