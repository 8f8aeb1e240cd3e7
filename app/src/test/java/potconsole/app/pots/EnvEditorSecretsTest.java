package potconsole.app.pots;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.Test;
import potconsole.app.connect.Connections;
import potconsole.app.dialog.RecordingDialogs;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.state.HostEntry;
import potconsole.app.state.HostPoller;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.Privilege;
import potconsole.engine.job.JobRunner;
import potconsole.engine.journal.Journal;
import potconsole.engine.model.EnvVar;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.secret.Secrets;
import potconsole.engine.service.PotService;

/** The env editor shows secret values as •••• until revealed, sends the real ones, and marks a variable secret. */
class EnvEditorSecretsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);

    private final SandboxHost sandbox = SandboxHost.demoForTests(CLOCK);
    private final Journal journal = Journal.inMemory();
    private final HostEntry host = new HostEntry(
            "Sandbox", true, new PotService(Connections.journaled(sandbox, journal, "Sandbox"), Privilege.NONE, CLOCK));
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final HostPoller poller = new HostPoller(JobRunner.inline(), CLOCK);
    private final PotsViewModel pots = new PotsViewModel(FXCollections.observableArrayList(host));
    private final TasksViewModel tasks = new TasksViewModel(JobRunner.inline(), CLOCK, dialogs, poller::refresh);
    private final PotDetailsViewModel details = new PotDetailsViewModel(tasks, dialogs);

    private void selectWeb() {
        poller.refresh(host);
        details.selectedProperty()
                .set(pots.allRows().stream().filter(r -> r.name().equals("web")).findFirst());
    }

    @Test
    void theEditorMasksSecretValuesRevealsThemOnPurposeAndSendsTheRealOnes() {
        List<EnvVar> env = List.of(new EnvVar("DB_PASSWORD", "hunter2-x"), new EnvVar("GREETING", "hello"));
        String text = "DB_PASSWORD=hunter2-x\nGREETING=hello";

        String masked = PotDetailsViewModel.revealed(text, env, false);
        assertThat(masked).isEqualTo("DB_PASSWORD=••••\nGREETING=hello");
        assertThat(PotDetailsViewModel.revealed(masked, env, true)).isEqualTo(text);
        assertThat(PotDetailsViewModel.revealed("DB_PASSWORD=typed-new\nGREETING=hello", env, false))
                .as("a value the person typed stays as typed")
                .isEqualTo("DB_PASSWORD=typed-new\nGREETING=hello");

        selectWeb();
        details.setEnvironment(List.of("DB_PASSWORD=hunter2-x"));
        poller.refresh(host);
        selectWeb();
        List<EnvVar> now = details.selectedProperty().get().orElseThrow().pot().env();
        String shown = PotDetailsViewModel.revealed(
                String.join("\n", now.stream().map(EnvVar::assignment).toList()), now, false);
        assertThat(shown).isEqualTo("DB_PASSWORD=••••");

        // Applying the editor's masked text keeps the pot's real value.
        details.setEnvironment(List.of(shown, "GREETING=hi"));
        assertThat(potConf()).contains("DB_PASSWORD=hunter2-x", "GREETING=hi").doesNotContain("••••");
    }

    @Test
    void aVariableMarkedSecretIsMaskedEverywhereFromNowOnAndRemembered() throws Exception {
        String name = "MARKED_" + System.nanoTime();
        selectWeb();
        details.setEnvironment(List.of(name + "=plain-value-1"));
        poller.refresh(host);
        selectWeb();

        assertThat(details.markSecret(name)).isEmpty();
        details.setEnvironment(List.of(name + "=plain-value-2"));

        assertThat(journal.entries().get(journal.entries().size() - 2).commandLine())
                .contains(name + "=••••")
                .doesNotContain("plain-value-2");
        assertThat(Secrets.hide("echo plain-value-1")).isEqualTo("echo ••••");
        assertThat(Files.readAllLines(Secrets.namesFile())).contains(name);
        assertThat(details.markSecret("not a name")).isPresent();
        assertThat(potConf()).contains(name + "=plain-value-2");
    }

    private String potConf() {
        List<String> lines = new ArrayList<>();
        sandbox.run(ExecRequest.of("cat", "/opt/pot/jails/web/conf/pot.conf"), new ExecListener() {
            @Override
            public void stdoutLine(String line) {
                lines.add(line);
            }
        });
        return String.join("\n", lines);
    }
}
