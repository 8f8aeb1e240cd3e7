package potconsole.engine.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;
import potconsole.engine.exec.LocalRunner;
import potconsole.engine.exec.ShellQuote;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.Pot;
import potconsole.engine.model.PotConfig;
import potconsole.engine.model.PotSettings;
import potconsole.engine.model.PotState;
import potconsole.engine.testkit.RequiredTool;

/**
 * The host-facts script under dash against a generated tree: status files with mtimes, a cache with and without
 * .skein, and stand-ins for FreeBSD's sysctl, stat -f, zfs, pfctl (refusing, as for an account in group pot), ifconfig.
 */
class HostFactsScriptTest {
    @TempDir
    Path dir;

    private void program(String name, String body) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path f = bin.resolve(name);
        Files.writeString(f, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private HostInventory inventory() {
        Map<String, String> settings = Map.of(
                "POT_TMP",
                dir.resolve("tmp").toString(),
                "POT_CACHE",
                dir.resolve("cache").toString(),
                "POT_ZFS_ROOT",
                "zroot/pot",
                "POT_FS_ROOT",
                "/opt/pot");
        Pot nginx = Pot.fromConfig(
                        "nginx",
                        PotConfig.parse(
                                "pot.type=single\nnetwork_type=public-bridge\nip=10.192.0.3\npot.export.ports=80:8080\n"),
                        List.of())
                .withRuntime(
                        PotState.RUNNING,
                        List.of(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty());
        return new HostInventory(
                new PotSettings(settings, Optional.of("0.16.0")),
                List.of(nginx),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Instant.EPOCH);
    }

    @Test
    void readsTheFactsUnderDashAndTheDoctorFindsTheStaleFileAndThePoisonedImage() throws Exception {
        RequiredTool.require("/usr/bin/dash", "dash");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Files.writeString(tmp.resolve("pot_status_web"), "pot.status=started,\n");
        Files.setLastModifiedTime(tmp.resolve("pot_status_web"), FileTime.from(Instant.ofEpochSecond(500)));
        Files.writeString(tmp.resolve("pot_status_nginx"), "pot.status=started,p4ab\n");
        Files.setLastModifiedTime(tmp.resolve("pot_status_nginx"), FileTime.from(Instant.ofEpochSecond(2000)));
        Files.writeString(tmp.resolve("pot_main_pid_batch"), "4242\n");
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Files.write(cache.resolve("web_1.0.xz"), new byte[300]);
        Files.writeString(cache.resolve("web_1.0.xz.skein"), "abc\n");
        Files.write(cache.resolve("web_2.0.xz"), new byte[100]);
        program(
                "sysctl",
                "case \"$2\" in kern.boottime) echo '{ sec = 1000, usec = 5 } Thu Jan  1 00:16:40 1970';;"
                        + " kern.racct.enable) echo 0;; vm.loadavg) echo '{ 0.10 0.20 0.30 }';; esac");
        program(
                "stat",
                "f=$2; shift 2; [ \"$f\" = '%m %N' ] && exec /usr/bin/stat -c '%Y %n' \"$@\"; exec /usr/bin/stat -c '%s %n' \"$@\"");
        program(
                "zfs",
                "printf 'zroot/pot\\t9500\\t500\\t/opt/pot\\nzroot/pot/cache\\t400\\t500\\t%s\\n' "
                        + ShellQuote.quote(cache.toString()));
        program("pfctl", "echo 'pfctl: /dev/pf: Permission denied' >&2; exit 1");
        program(
                "ifconfig",
                "if [ \"$1\" = -g ]; then echo bridge0; else printf '%s: flags=8843<UP>\\n\\tinet"
                        + " 10.192.0.1 netmask 0xffc00000 broadcast 10.255.255.255\\n' \"$1\"; fi");
        program("freebsd-version", "echo 14.1-RELEASE-p5");

        HostInventory inv = inventory();
        HostFactsScript script = HostFactsScript.of(inv);
        String preamble = "PATH=" + ShellQuote.quote(dir.resolve("bin").toString()) + ":$PATH\n";
        int firstLine = script.text().indexOf('\n') + 1;
        String text =
                script.text().substring(0, firstLine) + preamble + script.text().substring(firstLine);
        CapturingListener out = new CapturingListener();
        ExecResult r = new LocalRunner(List.of("/usr/bin/dash")).run(ExecRequest.script(text), out);
        assertThat(r.exitCode()).as("stderr %s", out.stderr()).isZero();
        HostFacts facts = HostFactsParser.parse(
                script.marker(), out.stdout(), dir.resolve("tmp").toString(), cache.toString());

        assertThat(facts.bootTime()).contains(Instant.ofEpochSecond(1000));
        assertThat(facts.racct()).contains(false);
        assertThat(facts.statusFiles()).containsEntry("web", Instant.ofEpochSecond(500));
        assertThat(facts.mainPids()).containsEntry("batch", "4242");
        assertThat(facts.cache()).contains(new HostFacts.CacheFile("web_2.0.xz", 100));
        assertThat(facts.dataset("zroot/pot").orElseThrow().percentUsed()).isEqualTo(95);
        assertThat(facts.pfEnabled()).as("pf not readable: unknown, not off").isEmpty();
        assertThat(facts.unreadable()).containsKey("pf rules");
        assertThat(facts.rdrRules())
                .as("pf refused its status: no pfctl per anchor")
                .isEmpty();
        assertThat(facts.interfaces()).containsKey("bridge0");
        assertThat(facts.osVersion()).contains("14.1-RELEASE-p5");

        List<String> kinds =
                Doctor.examine(inv, facts).stream().map(Finding::kind).toList();
        assertThat(kinds).contains("poisoned-cache", "dataset-full", "racct-off");
        assertThat(kinds).as("pf unreadable is not pf broken").doesNotContain("rdr-missing", "pf-disabled");
        assertThat(new NetworkExplainer(inv, facts).explain(inv.pots().get(0)))
                .filteredOn(l -> l.label().startsWith("rdr"))
                .extracting(NetLink::status)
                .containsExactly("unknown");
    }
}
