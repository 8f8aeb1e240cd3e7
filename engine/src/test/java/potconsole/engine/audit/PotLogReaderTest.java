package potconsole.engine.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.journal.Journal;
import potconsole.engine.journal.JournalingRunner;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.sandbox.SandboxSyslog;

/**
 * The incremental read of a host's pot log against the sandbox's syslogd: nothing kept on a stock host (and said
 * so), the advised snippet picked up at the next read, only new lines read, rotation and truncation read from the
 * start, a line still being written left for later.
 */
class PotLogReaderTest {
    private static final Instant NOW = Instant.parse("2026-12-05T18:00:00Z");
    private final SandboxHost host = SandboxHost.recordedHost(Clock.fixed(NOW, ZoneOffset.UTC));

    private void pot(String... args) {
        String[] argv = new String[args.length + 1];
        argv[0] = "pot";
        System.arraycopy(args, 0, argv, 1, args.length);
        host.run(ExecRequest.of(argv), new CapturingListener());
    }

    private PotLogReader.Update read(PotLogReader reader) {
        return reader.read(NOW, new Cancellation());
    }

    @Test
    void aStockHostKeepsNothingAndTheSnippetIsPickedUpAtTheNextRead() {
        PotLogReader reader = new PotLogReader(host);
        pot("create", "-p", "web", "-b", "13.2", "-t", "single");

        PotLogReader.Update stock = read(reader);
        assertThat(stock.where().kept()).isFalse();
        assertThat(stock.file()).isEmpty();

        SandboxSyslog.of(host).keep();
        pot("start", "web");
        pot("ls");
        PotLogReader.Update kept = read(reader);
        assertThat(kept.file()).contains("/var/log/pot.log");
        assertThat(kept.lines()).extracting(PotLogLine::commandLine).containsExactly("pot start web");
        assertThat(kept.lines().get(0).at()).isEqualTo(NOW);
    }

    @Test
    void onlyNewLinesAreReadAndARotatedOrTruncatedFileIsReadFromItsStart() {
        SandboxSyslog log = SandboxSyslog.of(host);
        log.keep();
        PotLogReader reader = new PotLogReader(host);
        pot("create", "-p", "web", "-b", "13.2", "-t", "single");
        assertThat(read(reader).lines())
                .extracting(PotLogLine::commandLine)
                .containsExactly("pot create -p web -b 13.2 -t single");

        pot("start", "web");
        assertThat(read(reader).lines()).extracting(PotLogLine::commandLine).containsExactly("pot start web");
        assertThat(read(reader).lines()).isEmpty();

        log.rotate("/var/log/pot.log");
        pot("stop", "web");
        PotLogReader.Update rotated = read(reader);
        assertThat(rotated.restarted()).isTrue();
        assertThat(rotated.lines()).extracting(PotLogLine::commandLine).containsExactly("pot stop web");

        pot("snapshot", "-p", "web");
        assertThat(read(reader).lines()).hasSize(1);
        long before = reader.offset();
        log.truncate("/var/log/pot.log");
        log.append(NOW, "start web");
        PotLogReader.Update truncated = read(reader);
        assertThat(truncated.restarted()).isTrue();
        assertThat(truncated.lines()).extracting(PotLogLine::commandLine).containsExactly("pot start web");
        assertThat(reader.offset()).isLessThan(before);
    }

    @Test
    void aLineStillBeingWrittenIsLeftForTheNextRead() {
        SandboxSyslog log = SandboxSyslog.of(host);
        log.keep();
        PotLogReader reader = new PotLogReader(host);
        log.appendRaw("/var/log/pot.log", "Dec  5 17:59:00 vm pot: pot-start web\nDec  5 17:59:01 vm pot: pot-st");

        assertThat(read(reader).lines()).extracting(PotLogLine::commandLine).containsExactly("pot start web");
        log.appendRaw("/var/log/pot.log", "op web\n");
        assertThat(read(reader).lines()).extracting(PotLogLine::commandLine).containsExactly("pot stop web");
    }

    @Test
    void theJournalDoesNotRecordTheReads() {
        SandboxSyslog.of(host).keep();
        Journal journal = Journal.inMemory();
        PotLogReader reader = new PotLogReader(new JournalingRunner(host, journal, "vm"));

        read(reader);
        read(reader);

        assertThat(journal.entries()).isEmpty();
    }
}
