package potconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.Test;
import potconsole.app.connect.Connections;
import potconsole.app.dialog.RecordingDialogs;
import potconsole.app.jobs.TaskItem;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.pots.PotDetailsViewModel;
import potconsole.app.pots.PotsViewModel;
import potconsole.app.state.HostEntry;
import potconsole.app.state.HostPoller;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.Privilege;
import potconsole.engine.host.UserDirectories;
import potconsole.engine.job.JobRunner;
import potconsole.engine.journal.Journal;
import potconsole.engine.journal.JournalEntry;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/**
 * A canary secret set through the console's env editor (its view-model) and through potctl reaches the pot's
 * pot.conf, and nothing the console keeps or shows: no file under its config and state directories, not the
 * journal's CSV export, not the task drawer, the details pane, potctl's output or an error dialog.
 */
class SecretsCanaryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);
    private final String guiCanary = "canary-gui-" + System.nanoTime();
    private final String cliCanary = "canary-cli-" + System.nanoTime();

    @Test
    void theCanaryReachesPotConfAndNothingTheConsoleKeepsOrShows() throws Exception {
        // Through the GUI: the env editor's view-model on a journaled sandbox, as the console wires it.
        SandboxHost sandbox = SandboxHost.demoForTests(CLOCK);
        Journal journal = new Journal(Journal.defaultFile());
        HostEntry host = new HostEntry(
                "Sandbox",
                true,
                new PotService(Connections.journaled(sandbox, journal, "Sandbox"), Privilege.NONE, CLOCK));
        RecordingDialogs dialogs = new RecordingDialogs();
        HostPoller poller = new HostPoller(JobRunner.inline(), CLOCK);
        PotsViewModel pots = new PotsViewModel(FXCollections.observableArrayList(host));
        TasksViewModel tasks = new TasksViewModel(JobRunner.inline(), CLOCK, dialogs, poller::refresh);
        PotDetailsViewModel details = new PotDetailsViewModel(tasks, dialogs);
        poller.refresh(host);
        details.selectedProperty()
                .set(pots.allRows().stream()
                        .filter(r -> r.name().equals("multi"))
                        .findFirst());

        assertThat(details.setEnvironment(List.of("DB_PASSWORD=" + guiCanary, "GREETING=hello")))
                .isEmpty();
        List<String> shown = new ArrayList<>();
        shown.add(details.lastAnswerProperty().get());
        // pot refuses the next one (the pot went away behind the console's back): the error dialog has the command.
        List<String> said = new ArrayList<>();
        int destroyed = sandbox.run(
                        ExecRequest.of(List.of("pot", "destroy", "-p", "multi", "-F"), true), new ExecListener() {
                            @Override
                            public void stderrLine(String line) {
                                said.add(line);
                            }

                            @Override
                            public void stdoutLine(String line) {
                                said.add(line);
                            }
                        })
                .exitCode();
        assertThat(destroyed).as(said.toString()).isZero();
        details.setEnvironment(List.of("DB_PASSWORD=" + guiCanary));
        shown.add(details.lastAnswerProperty().get());
        shown.addAll(dialogs.shown);
        shown.addAll(dialogs.errorDetails);
        for (TaskItem t : tasks.tasks()) {
            shown.add(t.title());
            shown.add(t.messageProperty().get());
            shown.addAll(t.output());
        }
        assertThat(dialogs.errorDetails).as("the error dialog was shown").isNotEmpty();
        assertThat(String.join("\n", dialogs.errorDetails)).contains("DB_PASSWORD=••••");

        // Through potctl, against another sandbox.
        SandboxHost cliHost = SandboxHost.demoForTests(CLOCK);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PotCtl.run(
                new String[] {"set-env", "nginx", "-E", "DB_PASSWORD=" + cliCanary, "-E", "GREETING=hi"},
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                cliHost);
        assertThat(exit).as(err.toString()).isZero();
        PotCtl.run(
                new String[] {"exec", "nginx", "echo", "DB_PASSWORD=" + cliCanary},
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                cliHost);
        // What potctl reads back from the host (the JSON form on its own is covered by SecretsTest).
        for (String[] read : List.of(new String[] {"inventory", "--json"}, new String[] {"info", "nginx"})) {
            StringWriter o = new StringWriter();
            assertThat(PotCtl.run(read, new PrintWriter(o, true), new PrintWriter(err, true), cliHost))
                    .isZero();
            if (read[0].equals("inventory")) {
                assertThat(o.toString()).contains("DB_PASSWORD");
            }
            shown.add(o.toString());
        }
        PotCtl.run(
                new String[] {"set-env", "nosuch", "-E", "DB_PASSWORD=" + cliCanary},
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                cliHost);
        shown.add(out.toString());
        shown.add(err.toString());

        // The journal's CSV export.
        StringWriter csv = new StringWriter();
        Journal.writeCsv(new Journal(Journal.defaultFile()).entries(), csv);
        shown.add(csv.toString());

        assertThat(String.join("\n", shown))
                .doesNotContain(guiCanary, cliCanary)
                .contains("DB_PASSWORD=••••");
        for (Path f : filesUnder(UserDirectories.config(), UserDirectories.state())) {
            assertThat(Files.readString(f, StandardCharsets.ISO_8859_1))
                    .as(f.toString())
                    .doesNotContain(guiCanary, cliCanary);
        }
        List<JournalEntry> journaled = new Journal(Journal.defaultFile()).entries();
        assertThat(journaled)
                .anySatisfy(e -> {
                    assertThat(e.origin()).isEqualTo("console");
                    assertThat(e.commandLine()).startsWith("pot set-env -p multi -E 'DB_PASSWORD=••••'");
                })
                .anySatisfy(e -> {
                    assertThat(e.origin()).isEqualTo("potctl");
                    assertThat(e.commandLine()).startsWith("pot set-env -p nginx -E 'DB_PASSWORD=••••'");
                });

        // The pots still got their secrets.
        assertThat(potConf(cliHost, "nginx")).contains("DB_PASSWORD=" + cliCanary);
    }

    @Test
    void theEnvEditorsSecretReachesPotConf() {
        SandboxHost sandbox = SandboxHost.demoForTests(CLOCK);
        HostEntry host = new HostEntry(
                "Sandbox",
                true,
                new PotService(Connections.journaled(sandbox, Journal.inMemory(), "Sandbox"), Privilege.NONE, CLOCK));
        RecordingDialogs dialogs = new RecordingDialogs();
        HostPoller poller = new HostPoller(JobRunner.inline(), CLOCK);
        PotsViewModel pots = new PotsViewModel(FXCollections.observableArrayList(host));
        TasksViewModel tasks = new TasksViewModel(JobRunner.inline(), CLOCK, dialogs, poller::refresh);
        PotDetailsViewModel details = new PotDetailsViewModel(tasks, dialogs);
        poller.refresh(host);
        details.selectedProperty()
                .set(pots.allRows().stream().filter(r -> r.name().equals("web")).findFirst());

        details.setEnvironment(List.of("DB_PASSWORD=" + guiCanary));

        assertThat(potConf(sandbox, "web")).contains("DB_PASSWORD=" + guiCanary);
        assertThat(Optional.of(dialogs.shown)).get().asList().isEmpty();
    }

    private static String potConf(SandboxHost host, String pot) {
        List<String> lines = new ArrayList<>();
        host.run(ExecRequest.of("cat", "/opt/pot/jails/" + pot + "/conf/pot.conf"), new ExecListener() {
            @Override
            public void stdoutLine(String line) {
                lines.add(line);
            }
        });
        return String.join("\n", lines);
    }

    private static List<Path> filesUnder(Path... roots) throws Exception {
        List<Path> all = new ArrayList<>();
        for (Path r : roots) {
            if (Files.isDirectory(r)) {
                try (Stream<Path> s = Files.walk(r)) {
                    s.filter(Files::isRegularFile).forEach(all::add);
                }
            }
        }
        return all;
    }
}
