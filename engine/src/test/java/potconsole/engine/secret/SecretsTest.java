package potconsole.engine.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.journal.Journal;
import potconsole.engine.journal.JournalEntry;
import potconsole.engine.journal.JournalingRunner;
import potconsole.engine.sandbox.SandboxHost;

class SecretsTest {
    @TempDir
    Path dir;

    private final Secrets secrets = new Secrets(List.of());

    @Test
    void valuesOfSecretLookingNamesAreMaskedInEveryShellForm() {
        assertThat(secrets.mask("pot set-env -p web -E DB_PASSWORD=canary-1 -E GREETING=hello"))
                .isEqualTo("pot set-env -p web -E DB_PASSWORD=•••• -E GREETING=hello");
        assertThat(secrets.mask("pot set-env -p web -E 'api_token=two words' -E 'GREETING=hello world'"))
                .isEqualTo("pot set-env -p web -E 'api_token=••••' -E 'GREETING=hello world'");
        assertThat(secrets.mask("pot.env=\"AWS_Secret_Access_Key=abc'd\" x"))
                .isEqualTo("pot.env=\"AWS_Secret_Access_Key=••••\" x");
        assertThat(secrets.mask("-E 'PASSWD=it'\\''s' next")).isEqualTo("-E 'PASSWD=••••' next");
        assertThat(secrets.mask("SSH_KEY=\"a b\" rest")).isEqualTo("SSH_KEY=•••• rest");
        assertThat(secrets.mask("{\"MY_CREDENTIALS\": \"hunter22\", \"HOME\": \"/root\"}"))
                .isEqualTo("{\"MY_CREDENTIALS\": \"••••\", \"HOME\": \"/root\"}");
        assertThat(secrets.mask("\"env\":[{\"name\":\"DB_PASSWORD\",\"value\":\"pw-in-json\"},"
                        + "{\"name\":\"GREETING\",\"value\":\"hi\"}]"))
                .isEqualTo("\"env\":[{\"name\":\"DB_PASSWORD\",\"value\":\"••••\"},"
                        + "{\"name\":\"GREETING\",\"value\":\"hi\"}]");
        assertThat(secrets.mask("PATH=/bin:/usr/bin USER=root")).isEqualTo("PATH=/bin:/usr/bin USER=root");
    }

    @Test
    void aValueOnceMaskedIsMaskedWhereverItShowsUpLater() {
        secrets.mask("pot set-env -p web -E DB_PASSWORD=canary-2");

        assertThat(secrets.mask("sh: canary-2: not found")).isEqualTo("sh: ••••: not found");
    }

    @Test
    void aValueMarkedSecretIsMaskedWhateverItsName() {
        secrets.markSecret("s3cr3t-value");

        assertThat(secrets.mask("pot set-env -p web -E GREETING=s3cr3t-value"))
                .isEqualTo("pot set-env -p web -E GREETING=••••");
    }

    @Test
    void thePersonExtendsTheRuleWithAFileAndAnEnvironmentVariable() throws Exception {
        Path file = dir.resolve("secret-names");
        Files.writeString(file, "# names we treat as secret\nDSN\n  pin  # bank\n");

        List<String> words = Secrets.userWords(file, "cookie, salt");
        Secrets extended = new Secrets(words);

        assertThat(words).containsExactly("DSN", "pin", "cookie", "salt");
        assertThat(extended.mask("-E DATABASE_DSN=pg://u:p@h -E SESSION_COOKIE=abcd -E SPIN=3 -E X=1"))
                .isEqualTo("-E DATABASE_DSN=•••• -E SESSION_COOKIE=•••• -E SPIN=•••• -E X=1");
        assertThat(secrets.isSecretName("DATABASE_DSN")).isFalse();
    }

    @Test
    void theJournalKeepsTheMaskedCommandWhileTheHostGetsTheRealOne() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        Journal journal = new Journal(file);
        SandboxHost sandbox = SandboxHost.demo();
        JournalingRunner runner = new JournalingRunner(sandbox, journal, "Sandbox", JournalEntry.POTCTL);

        runner.run(
                ExecRequest.of(List.of("pot", "set-env", "-p", "web", "-E", "DB_PASSWORD=canary-3"), true),
                ExecListener.NONE);
        StringWriter csv = new StringWriter();
        Journal.writeCsv(journal.entries(), csv);

        assertThat(Files.readString(file)).doesNotContain("canary-3").contains("DB_PASSWORD=••••", "potctl");
        assertThat(csv.toString()).doesNotContain("canary-3").contains("DB_PASSWORD=••••");
        assertThat(new Journal(file).entries().get(0).origin()).isEqualTo("potctl");
        assertThat(potConf(sandbox, "web")).contains("DB_PASSWORD=canary-3");
    }

    @Test
    void anOldJournalWithASecretInItIsMaskedWhenLoadedAndRewritten() throws Exception {
        Path file = dir.resolve("journal.jsonl");
        Files.writeString(
                file,
                "{\"at\":\"2026-01-01T00:00:00Z\",\"host\":\"h\",\"user\":\"u\",\"command\":"
                        + "\"pot set-env -p web -E DB_PASSWORD=canary-4\",\"changes\":true,\"exit\":0,"
                        + "\"millis\":1,\"tail\":[]}\n");

        Journal journal = new Journal(file);

        assertThat(journal.entries().get(0).commandLine()).isEqualTo("pot set-env -p web -E DB_PASSWORD=••••");
        assertThat(journal.entries().get(0).origin()).isEqualTo("console");
        assertThat(Files.readString(file)).doesNotContain("canary-4").contains("DB_PASSWORD=••••");
    }

    @Test
    void csvExportMasksEntriesRecordedBeforeTheRule() throws Exception {
        JournalEntry old = new JournalEntry(
                Instant.EPOCH, "h", "u", "pot set-env -p w -E GH_TOKEN=ghp_x1", true, 0, Duration.ZERO, List.of());
        StringWriter csv = new StringWriter();
        Journal.writeCsv(List.of(old), csv);

        assertThat(csv.toString()).contains("GH_TOKEN=••••").doesNotContain("ghp_x1");
    }

    /** The pot's pot.conf as the host has it. */
    public static String potConf(CommandRunner host, String pot) {
        List<String> lines = new ArrayList<>();
        host.run(ExecRequest.of("cat", "/opt/pot/jails/" + pot + "/conf/pot.conf"), new ExecListener() {
            @Override
            public void stdoutLine(String line) {
                lines.add(line);
            }
        });
        return String.join("\n", lines);
    }
}
