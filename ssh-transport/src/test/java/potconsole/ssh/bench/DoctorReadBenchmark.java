package potconsole.ssh.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.inventory.InventoryParser;
import potconsole.engine.inventory.InventoryScript;
import potconsole.engine.model.HostInventory;
import potconsole.engine.testkit.DoctorFactsRun;
import potconsole.engine.testkit.FakePotHost;
import potconsole.ssh.SshPrompts;
import potconsole.ssh.SshRunner;
import potconsole.ssh.testkit.OpenSshServer;

/**
 * The doctor's read of the 500-pot host over the loopback sshd, side by side with the plain inventory it adds to:
 * the inventory exec alone ("before"), then the inventory and the host-facts exec the doctor, the network explainer
 * and the space bars read ("after"), with stand-ins for FreeBSD's sysctl, stat -f, pfctl, ifconfig and freebsd-version.
 * Medians of interleaved rounds; the goal is at most 20 % growth.
 */
final class DoctorReadBenchmark {
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 7);

    private DoctorReadBenchmark() {}

    static void run(OpenSshServer server, String user, FakePotHost host) throws Exception {
        standIns(host.fakeBin);
        double[] before = new double[ROUNDS];
        double[] after = new double[ROUNDS];
        double[] facts = new double[ROUNDS];
        try (SshRunner r = new SshRunner(server.targetAs(user), SshPrompts.nonInteractive())) {
            r.run(ExecRequest.of("true"), ExecListener.NONE);
            for (int i = 0; i < ROUNDS; i++) {
                long t0 = System.nanoTime();
                inventory(r);
                before[i] = (System.nanoTime() - t0) / 1e6;
                long t1 = System.nanoTime();
                HostInventory inv = inventory(r);
                long t2 = System.nanoTime();
                int read = facts(r, inv);
                after[i] = (System.nanoTime() - t1) / 1e6;
                facts[i] = (System.nanoTime() - t2) / 1e6;
                if (read == 0) {
                    throw new IllegalStateException("the facts script read nothing");
                }
            }
        }
        double b = median(before);
        double a = median(after);
        System.out.printf(Locale.ROOT, "500-pot host over SSH, medians of %d interleaved rounds:%n", ROUNDS);
        System.out.printf(Locale.ROOT, "  inventory alone (before the doctor)        %8.0f ms  (1 exec)%n", b);
        System.out.printf(Locale.ROOT, "  inventory + doctor's host facts (after)    %8.0f ms  (2 execs)%n", a);
        System.out.printf(Locale.ROOT, "  of which the host facts exec               %8.0f ms%n", median(facts));
        System.out.printf(Locale.ROOT, "  growth %+.0f %% (goal <= 20 %%)%n", 100 * (a - b) / b);
    }

    private static HostInventory inventory(SshRunner r) {
        InventoryScript script = InventoryScript.create();
        CapturingListener out = new CapturingListener();
        r.run(ExecRequest.script(script.text()), out);
        return InventoryParser.parse(script.marker(), out.stdout(), Instant.now());
    }

    private static int facts(SshRunner r, HostInventory inv) {
        DoctorFactsRun run = new DoctorFactsRun(inv);
        CapturingListener out = new CapturingListener();
        r.run(run.request(), out);
        return run.factsRead(out.stdout());
    }

    private static double median(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** FreeBSD's programs as the facts script calls them, answered with GNU tools or fixed text. */
    private static void standIns(Path bin) throws IOException {
        write(
                bin.resolve("sysctl"),
                "case \"$2\" in kern.boottime) echo '{ sec = 1000, usec = 5 } Thu Jan  1 1970';;"
                        + " kern.racct.enable) echo 1;; vm.loadavg) echo '{ 0.10 0.20 0.30 }';; esac");
        write(
                bin.resolve("stat"),
                "f=$2; shift 2; [ \"$f\" = '%m %N' ] && exec /usr/bin/stat -c '%Y %n' \"$@\";"
                        + " exec /usr/bin/stat -c '%s %n' \"$@\"");
        write(bin.resolve("pfctl"), "echo 'pfctl: /dev/pf: Permission denied' >&2; exit 1");
        write(
                bin.resolve("ifconfig"),
                "[ \"$1\" = -g ] && echo bridge0 || printf '%s: flags=8843<UP>\\n\\tinet"
                        + " 10.192.0.1 netmask 0xffc00000\\n' \"$1\"");
        write(bin.resolve("freebsd-version"), "echo 14.1-RELEASE-p5");
    }

    private static void write(Path f, String body) throws IOException {
        Files.writeString(f, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
