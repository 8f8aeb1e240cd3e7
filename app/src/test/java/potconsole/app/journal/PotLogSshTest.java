package potconsole.app.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.app.connect.LoopbackSsh;
import potconsole.engine.audit.PotLogLine;
import potconsole.engine.audit.PotLogReader;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.CommandRunner;
import potconsole.ssh.testkit.OpenSshServer;

/**
 * A host's pot log read live over one SSH session (loopback sshd, this machine's sh, GNU stat): syslog.conf and its
 * included directory found, nothing kept until the snippet is there, then only new lines, a half-written line left
 * for later, and a rotated file read from its start.
 */
class PotLogSshTest {
    @TempDir
    static Path dir;

    private static OpenSshServer server;
    private static CommandRunner runner;

    @BeforeAll
    static void start() {
        OpenSshServer.require();
        server = OpenSshServer.start(dir.resolve("sshd"));
        runner = LoopbackSsh.open(server, dir.resolve("hosts.json"));
    }

    @AfterAll
    static void stop() {
        LoopbackSsh.close(runner);
        if (server != null) {
            server.close();
        }
    }

    private static String line(String potArgs) {
        String stamp = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", Locale.ROOT)
                .format(ZonedDateTime.now(ZoneOffset.systemDefault()).withNano(0));
        return stamp + " testhost pot: pot-" + potArgs + "\n";
    }

    private static void append(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Test
    void readsOnlyNewLinesOverTheSessionAndStartsOverAfterRotation() throws Exception {
        Path etc = Files.createDirectories(dir.resolve("etc"));
        Path syslogD = Files.createDirectories(dir.resolve("syslog.d"));
        Path log = dir.resolve("pot.log");
        Files.writeString(etc.resolve("syslog.conf"), "*.notice\t/var/log/messages\n!*\ninclude\t" + syslogD + "\n");
        Path cron = dir.resolve("cron");
        PotLogReader reader =
                new PotLogReader(runner, etc.resolve("syslog.conf").toString(), cron.toString());

        PotLogReader.Update nowhere = reader.read(Instant.now(), new Cancellation());
        assertThat(nowhere.where().kept()).isFalse();

        Files.writeString(syslogD.resolve("pot.conf"), "local2.info\t" + log + "\n");
        append(log, line("create -p web -b 13.2 -t single") + line("start web"));
        PotLogReader.Update first = reader.read(Instant.now(), new Cancellation());
        assertThat(first.file()).contains(log.toString());
        assertThat(first.lines())
                .extracting(PotLogLine::commandLine)
                .containsExactly("pot create -p web -b 13.2 -t single", "pot start web");

        assertThat(first.lines()).allSatisfy(l -> assertThat(l.cronUser()).isEmpty());

        // cron's log (what FreeBSD's cron writes): the job that ran "pot start web" is root's; atrun ran no pot
        String stamp = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", Locale.ROOT)
                .format(LocalDateTime.now().minusSeconds(1));
        Files.writeString(
                cron,
                stamp + " vm /usr/sbin/cron[812]: (operator) CMD (/usr/libexec/atrun)\n" + stamp
                        + " vm /usr/sbin/cron[813]: (root) CMD (/usr/local/bin/pot start web)\n");
        append(log, line("start web") + line("start db"));
        PotLogReader.Update byCron = reader.read(Instant.now(), new Cancellation());
        assertThat(byCron.lines()).extracting(PotLogLine::commandLine).containsExactly("pot start web", "pot start db");
        assertThat(byCron.lines().get(0).cronUser()).as("root's crontab ran it").contains("root");
        assertThat(byCron.lines().get(1).cronUser())
                .as("no job ran pot start db")
                .isEmpty();

        String stop = line("stop web");
        append(log, stop.substring(0, 20));
        assertThat(reader.read(Instant.now(), new Cancellation()).lines()).isEmpty();
        append(log, stop.substring(20));
        assertThat(reader.read(Instant.now(), new Cancellation()).lines())
                .extracting(PotLogLine::commandLine)
                .containsExactly("pot stop web");

        Files.move(log, dir.resolve("pot.log.0"));
        append(log, line("destroy -p web"));
        PotLogReader.Update rotated = reader.read(Instant.now(), new Cancellation());
        assertThat(rotated.restarted()).isTrue();
        assertThat(rotated.lines()).extracting(PotLogLine::commandLine).containsExactly("pot destroy -p web");
    }
}
