package potconsole.engine.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import potconsole.engine.command.ExportCommand;
import potconsole.engine.error.PotException;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.Privilege;
import potconsole.engine.job.JobContext;
import potconsole.engine.job.JobListener;
import potconsole.engine.job.JobProgress;
import potconsole.engine.sandbox.SandboxHost;

class HostExportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);
    private final SandboxHost host = SandboxHost.demoForTests(CLOCK);
    private final PotService service = new PotService(host, Privilege.NONE, CLOCK);
    private final List<JobProgress> progress = new CopyOnWriteArrayList<>();
    private final List<String> output = new CopyOnWriteArrayList<>();

    @Test
    void explainsTheSnapshotsEstimatesTheStreamAndReportsTheFinalSize() throws Exception {
        ExportCommand export = ExportCommand.of("web", "2.0", "/tmp/images");

        ExportResult result = service.export(export, 5).run(context(new Cancellation()));

        assertThat(result.file()).isEqualTo("/tmp/images/web_2.0.xz");
        assertThat(result.compressedBytes())
                .isEqualTo(sizeOnHost(result.file()))
                .isPositive();
        assertThat(result.streamEstimate()).isPresent();
        assertThat(progress)
                .extracting(JobProgress::phase)
                .containsSubsequence(HostExport.SNAPSHOTS, HostExport.ESTIMATE, HostExport.COMPRESS);
        assertThat(progress)
                .extracting(JobProgress::message)
                .contains("Exporting snapshot " + result.snapshot().orElseThrow());
        assertThat(progress.get(progress.size() - 1).bytesDone()).isEqualTo(result.compressedBytes());
        assertThat(output).anyMatch(line -> line.contains("exporting web @"));
        assertThat(run("test", "-f", "/tmp/images/web_2.0.xz.skein")).isZero();
    }

    @Test
    void cancellingMidCompressionRemovesThePartialFiles() {
        Cancellation cancellation = new Cancellation();
        JobContext context = new JobContext(
                new JobListener() {
                    @Override
                    public void progress(JobProgress p) {
                        progress.add(p);
                    }

                    @Override
                    public void output(String line, boolean stderr) {
                        if (line.contains("exporting web")) {
                            cancellation.cancel();
                        }
                    }
                },
                cancellation);

        assertThatThrownBy(() -> service.export(ExportCommand.of("web", "2.0", "/tmp/images"), 5)
                        .run(context))
                .isInstanceOf(ExecCancelledException.class);

        assertThat(progress).extracting(JobProgress::phase).contains(HostExport.CLEANUP);
        assertThat(run("test", "-f", "/tmp/images/web_2.0.xz")).isEqualTo(1);
        assertThat(run("test", "-f", "/tmp/images/web_2.0.xz.meta")).isEqualTo(1);
    }

    @Test
    void tooManySnapshotsAreExplainedBeforePotRefuses() {
        ExportCommand export = ExportCommand.of("nginx", "1.0", "/tmp/images");

        assertThatThrownBy(() -> service.export(export, 5).run(context(new Cancellation())))
                .isInstanceOf(PotException.class)
                .hasMessageContaining("has more than 1 snapshot");
        assertThat(progress)
                .extracting(JobProgress::message)
                .contains("2 snapshots: pot will refuse (use -A to purge or -F to export all)");
    }

    @Test
    void autoFixIsExplainedForBothCases() {
        ExportCommand autoFix = new ExportCommand(
                "x", Optional.of("1"), Optional.empty(), Optional.empty(), true, false, false, Optional.empty(), false);
        HostExport export = new HostExport(service, host, Privilege.NONE, autoFix, 5);

        assertThat(export.snapshotPlan(List.of())).startsWith("No snapshot yet: pot takes one (-A)");
        assertThat(export.snapshotPlan(List.of("1", "2", "3")))
                .isEqualTo("3 snapshots: pot purges all but the newest (-A), 3");
    }

    private JobContext context(Cancellation cancellation) {
        return new JobContext(
                new JobListener() {
                    @Override
                    public void progress(JobProgress p) {
                        progress.add(p);
                    }

                    @Override
                    public void output(String line, boolean stderr) {
                        output.add(line);
                    }
                },
                cancellation);
    }

    private long sizeOnHost(String file) {
        CapturingListener out = new CapturingListener();
        host.run(ExecRequest.of("stat", "-f", "%z", file), out);
        return Long.parseLong(out.stdout().get(0));
    }

    private int run(String... argv) {
        return host.run(ExecRequest.of(argv), new CapturingListener()).exitCode();
    }
}
