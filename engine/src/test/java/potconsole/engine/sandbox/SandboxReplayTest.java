package potconsole.engine.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;
import potconsole.engine.testkit.Transcript;

/**
 * Replays the recorded sessions against the sandbox, in order, with the sandbox clock set to each transcript's
 * capture time, and compares stdout, stderr and the exit code byte for byte. Where the recorded output depends on
 * something the sandbox cannot know (fetch rates, an epair's PID), that part is normalised on both sides; the few
 * transcripts that are not replayed say why.
 */
class SandboxReplayTest {
    /** Not replayed: the shell pipeline of 57 and the size columns of 71 come from the recording host's ZFS. */
    private static final Set<String> NOT_REPLAYED = Set.of("57-export-files.txt", "71-zfs-list.txt");

    private static final List<String> SESSION_1 = List.of(
            "00-version.txt",
            "01-ls-initial.txt",
            "02-ls-bases.txt",
            "03-ls-flavours.txt",
            "04-config-fs_root.txt",
            "05-create-single-inherit.txt",
            "06-create-public-bridge.txt",
            "07-create-flavour.txt",
            "08-create-multi-default.txt",
            "09-ls.txt",
            "10-ls-q.txt",
            "11-ls-v.txt",
            "12-info-v.txt",
            "13-info-r-stopped.txt",
            "14-info-v-multi.txt",
            "15-show-none-running.txt",
            "16-show-a.txt",
            "17-get-attr.txt",
            "18-get-attr-q.txt",
            "19-set-attr.txt",
            "20-get-attr-after.txt",
            "21-set-attr-bad.txt",
            "22-set-rss-cpu.txt",
            "23-set-rss-mem.txt",
            "24-set-cmd.txt",
            "25-set-env.txt",
            "26-export-ports-inherit.txt",
            "27-export-ports-bridge.txt",
            "28-info-v-bridge.txt",
            "29-info-E.txt",
            "30-start-bridge.txt",
            "31-ps.txt",
            "32-ps-q.txt",
            "33-info-r-running.txt",
            "34-show.txt",
            "35-show-v-p.txt",
            "36-ls-v-running.txt",
            "37-jls.txt",
            "38-exec.txt",
            "39-get-rss.txt",
            "40-snapshot-running.txt",
            "41-destroy-running.txt",
            "42-stop-bridge.txt",
            "43-start-nonpersistent-appfail.txt",
            "44-last-run-stats.txt",
            "45-start-flavoured.txt",
            "46-stop-flavoured.txt",
            "47-start-multi.txt",
            "48-stop-multi.txt",
            "49-snapshot.txt",
            "50-snapshot-2.txt",
            "51-info-s.txt",
            "52-info-s-v.txt",
            "53-export-too-many-snaps.txt",
            "54-revert.txt",
            "55-purge-snapshots.txt",
            "56-export.txt",
            "57-export-files.txt",
            "58-import.txt",
            "59-import-again.txt",
            "60-clone.txt",
            "61-rename.txt",
            "62-destroy.txt",
            "63-destroy-imported.txt",
            "64-info-unknown.txt",
            "65-start-unknown.txt",
            "66-create-duplicate.txt",
            "67-ls-final.txt",
            "68-pot-conf-web.txt",
            "69-pot-conf-nginx.txt",
            "70-fscomp-conf-multi.txt",
            "71-zfs-list.txt",
            "72-help.txt");

    private static final List<String> SESSION_2 = List.of(
            "73-create-help.txt",
            "74-ls-B-empty.txt",
            "75-create-private-bridge.txt",
            "76-ls-B.txt",
            "77-info-B.txt",
            "78-create-private.txt",
            "79-info-v-private.txt",
            "80-create-fscomp.txt",
            "81-ls-f-fscomps.txt",
            "82-mount-in-fscomp.txt",
            "83-mount-in-dir.txt",
            "84-fscomp-conf.txt",
            "85-set-hosts.txt",
            "86-add-dep.txt",
            "87-copy-in.txt",
            "88-set-attr-boot.txt",
            "89-set-hook.txt",
            "90-info-v-custom.txt",
            "91-pot-conf-custom.txt",
            "92-start-persistent.txt",
            "93-status-file-running.txt",
            "94-show-running.txt",
            "95-ps-running.txt",
            "96-info-E-running.txt",
            "97-exec-ls.txt",
            "98-stop-persistent.txt",
            "99-still-running-dep.txt",
            "100-stop-dependency.txt",
            "101-snapshot-web.txt",
            "102-export-v.txt",
            "103-export-same-tag-c.txt",
            "104-clone-from-web.txt",
            "105-zfs-props.txt",
            "106-zfs-snapshots-H.txt",
            "107-destroy-with-clone.txt",
            "108-import-v.txt",
            "109-prune-dry.txt",
            "110-create-dot-name.txt",
            "111-set-rss-bad.txt",
            "112-export-multi-refused.txt",
            "113-purge-snapshots-a.txt");

    /** Steps the recording harness ran without recording them (directories, the pots session 2 starts with). */
    private static final Map<String, List<List<String>>> SETUP_BEFORE = Map.of(
            "53-export-too-many-snaps.txt", List.of(List.of("mkdir", "-p", "/tmp/images")),
            "102-export-v.txt", List.of(List.of("mkdir", "-p", "/tmp/images2")));

    private final List<String> mismatches = new ArrayList<>();

    @Test
    void bothRecordedSessionsReplayByteForByte() {
        SandboxHost host = SandboxHost.recordedHost(Clock.fixed(Instant.parse("2026-11-22T19:57:00Z"), ZoneOffset.UTC));
        int replayed = replay(host, SESSION_1);
        betweenSessions(host);
        replayed += replay(host, SESSION_2);
        assertThat(mismatches).as("transcripts the sandbox does not reproduce").isEmpty();
        assertThat(replayed).isEqualTo(SESSION_1.size() + SESSION_2.size() - NOT_REPLAYED.size());
    }

    /**
     * Between the recorded sessions the harness removed session 1's pots, created x-web (started three times) and
     * x-nginx; pf stayed enabled. Session 2's JIDs (x-web 10, x-nginx 11) and its "pf already enabled" follow.
     */
    private static void betweenSessions(SandboxHost host) {
        host.setClock(Clock.fixed(Instant.parse("2026-11-22T23:50:00Z"), ZoneOffset.UTC));
        for (String pot : List.of("demo", "multi", "nginx", "web")) {
            run(host, List.of("pot", "destroy", "-p", pot));
        }
        run(host, List.of("pot", "create", "-p", "x-web", "-b", "13.2", "-t", "single"));
        run(host, List.of("pot", "create", "-p", "x-nginx", "-b", "13.2", "-t", "single", "-N", "public-bridge"));
        for (int i = 0; i < 3; i++) {
            run(host, List.of("pot", "start", "x-web"));
            run(host, List.of("pot", "stop", "x-web"));
        }
    }

    private int replay(SandboxHost host, List<String> files) {
        int count = 0;
        for (String file : files) {
            if (NOT_REPLAYED.contains(file)) {
                continue;
            }
            Transcript t = Transcript.load(file);
            SETUP_BEFORE.getOrDefault(file, List.of()).forEach(step -> run(host, step));
            host.setClock(Clock.fixed(captured(file), ZoneOffset.UTC));
            Result r = run(host, MiniShell.words(t.command(), Map.of()));
            String expectedOut = normalise(t.stdout());
            String expectedErr = normalise(t.stderr());
            if (r.exit != t.exitCode()
                    || !normalise(r.stdout).equals(expectedOut)
                    || !normalise(r.stderr).equals(expectedErr)) {
                mismatches.add(file + "\n--- expected exit " + t.exitCode() + " stdout:\n" + t.stdout()
                        + "--- stderr:\n" + t.stderr() + "--- sandbox exit " + r.exit + " stdout:\n" + r.stdout
                        + "--- stderr:\n" + r.stderr);
            }
            count++;
        }
        return count;
    }

    /**
     * fetch(1) rates, epair names and the {@code date} that the pot's rc prints carry the timing and PIDs of the
     * recording host.
     */
    private static String normalise(String s) {
        return s.replaceAll("(?m)^\\w{3} \\w{3} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d UTC \\d{4}$", "<rc date>")
                .replaceAll("(?m)^(/var/cache/pot/\\S+ +\\S+ +\\S+) +\\d+ +[kM ]?Bps$", "$1 <rate>")
                .replaceAll("p4[0-9a-f]{12}:", "p4<epair>:")
                .replace(RECORDING_HOSTS_PKG_STAND_IN, "<pkg install>")
                .replace(SandboxSeeds.PKG_NOT_RUN, "<pkg install>");
    }

    /** The recording host had no package repository: its own stand-in for pkg said so, in its own words. */
    private static final String RECORDING_HOSTS_PKG_STAND_IN =
            "[test host] pkg install -y nginx: no packages are installed by this stub";

    @Test
    void theSandboxSpeaksForItselfNotForTheRecordingHost() {
        SandboxHost host = SandboxHost.recordedHost(Clock.fixed(Instant.parse("2026-11-22T19:57:00Z"), ZoneOffset.UTC));
        Result r = run(host, List.of("pot", "create", "-p", "demo", "-b", "13.2", "-t", "single", "-f", "demo-nginx"));
        assertThat(r.exit()).isZero();
        assertThat(r.stdout() + r.stderr()).doesNotContain("[test host]", "stub");
        assertThat(r.stderr()).contains("pkg install -y nginx: not run — this is the sandbox, nothing is downloaded");
    }

    private static Instant captured(String file) {
        for (String line : Transcript.read(file).split("\n")) {
            if (line.startsWith("# captured : ")) {
                return Instant.parse(line.substring("# captured : ".length(), "# captured : ".length() + 20));
            }
        }
        throw new IllegalArgumentException(file);
    }

    record Result(int exit, String stdout, String stderr) {}

    static Result run(SandboxHost host, List<String> argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ExecResult r = host.run(ExecRequest.of(argv.toArray(String[]::new)), new ExecListener() {
            @Override
            public void stdoutBytes(byte[] b, int off, int len) {
                out.write(b, off, len);
            }

            @Override
            public void stderrBytes(byte[] b, int off, int len) {
                err.write(b, off, len);
            }
        });
        return new Result(r.exitCode(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
