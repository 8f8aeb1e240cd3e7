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
import potconsole.engine.command.ImportCommand;
import potconsole.engine.error.PotException;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.Privilege;
import potconsole.engine.job.JobContext;
import potconsole.engine.job.JobListener;
import potconsole.engine.job.JobProgress;
import potconsole.engine.parse.ImageOutputs;
import potconsole.engine.sandbox.SandboxHost;

class HostImportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);
    private final SandboxHost host = SandboxHost.demoForTests(CLOCK);
    private final PotService service = new PotService(host, Privilege.NONE, CLOCK);
    private final List<JobProgress> progress = new CopyOnWriteArrayList<>();

    @Test
    void importsFromAFileRegistryAndNamesThePotPotGaveIt() throws Exception {
        ImportCommand command = new ImportCommand("web", "1.0", "file:///tmp/images", Optional.empty(), false);

        ImageOutputs.Imported imported = service.importImage(command, 5).run(context(new Cancellation()));

        assertThat(imported.localName()).isEqualTo("web_1_0");
        assertThat(service.names(potconsole.engine.command.ListCommand.Kind.POTS))
                .contains("web_1_0");
        assertThat(progress).extracting(JobProgress::phase).containsSubsequence(HostImport.REGISTRY, HostImport.IMPORT);
        assertThat(progress)
                .extracting(JobProgress::message)
                .anyMatch(m -> m.matches("web_1.0.xz: .* in the registry"));
        assertThat(progress.get(progress.size() - 1).message()).isEqualTo("imported as web_1_0");
    }

    @Test
    void aMissingImageEndsWithPotsMessage() {
        ImportCommand command = new ImportCommand("nosuch", "1.0", "file:///tmp/images", Optional.empty(), false);

        assertThatThrownBy(() -> service.importImage(command, 5).run(context(new Cancellation())))
                .isInstanceOf(PotException.class)
                .hasMessageContaining("nosuch_1.0.xz");
    }

    @Test
    void cancellingRemovesWhatWasCachedSoALaterImportFetchesAgain() {
        Cancellation cancellation = new Cancellation();
        JobContext context = new JobContext(
                new JobListener() {
                    @Override
                    public void output(String line, boolean stderr) {
                        cancellation.cancel();
                    }
                },
                cancellation);
        ImportCommand command = new ImportCommand("web", "1.0", "file:///tmp/images", Optional.empty(), false);

        assertThatThrownBy(() -> service.importImage(command, 5).run(context))
                .isInstanceOf(ExecCancelledException.class);

        assertThat(run("test", "-f", "/var/cache/pot/web_1.0.xz")).isEqualTo(1);
        assertThat(run("test", "-f", "/var/cache/pot/web_1.0.xz.skein")).isEqualTo(1);
    }

    private JobContext context(Cancellation cancellation) {
        return new JobContext(
                new JobListener() {
                    @Override
                    public void progress(JobProgress p) {
                        progress.add(p);
                    }
                },
                cancellation);
    }

    private int run(String... argv) {
        return host.run(ExecRequest.of(argv), new CapturingListener()).exitCode();
    }
}
