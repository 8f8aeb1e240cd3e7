package potconsole.ssh.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.inventory.InventoryParser;
import potconsole.engine.inventory.InventoryScript;
import potconsole.engine.model.HostInventory;
import potconsole.engine.testkit.FakePotHost;
import potconsole.engine.testkit.Transcript;
import potconsole.ssh.SshPrompts;
import potconsole.ssh.SshRunner;
import potconsole.ssh.testkit.OpenSshServer;

/**
 * Prints the SSH figures (not a test): 200 small commands over one session vs 200 fresh connections to the same
 * loopback sshd, one inventory of a 500-pot host over SSH, and what polling a host export's progress costs.
 * Run: {@code mvn -q -Pbench -pl ssh-transport -am test-compile exec:java} after {@code mvn -q install -DskipTests}.
 */
public final class SshBenchmark {
    private static final int COMMANDS = 200;
    private static final int POTS = 500;

    /**
     * A login with /bin/sh and no startup files, as a FreeBSD pot host has: this machine's root runs bash with a slow
     * .bashrc (pyenv), which would be measured instead of the transport. Created when we are root.
     */
    private static String benchUser() throws Exception {
        String me = System.getProperty("user.name");
        if (!me.equals("root")) {
            return me;
        }
        if (new ProcessBuilder("id", "potbench").start().waitFor() != 0) {
            new ProcessBuilder("useradd", "-M", "-s", "/bin/sh", "-d", "/nonexistent", "potbench")
                    .inheritIO()
                    .start()
                    .waitFor();
        }
        new ProcessBuilder("usermod", "-p", "*", "potbench").inheritIO().start().waitFor();
        return "potbench";
    }

    public static void main(String[] args) throws Exception {
        if (!OpenSshServer.available()) {
            System.out.println("skipped: /usr/sbin/sshd is not installed");
            return;
        }
        Path dir = Files.createTempDirectory("potconsole-ssh-bench");
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        String user = benchUser();
        FakePotHost host = new FakePotHost(dir.resolve("host"));
        String conf = Transcript.load("69-pot-conf-nginx.txt").stdout();
        StringBuilder snaps = new StringBuilder();
        for (int i = 0; i < POTS; i++) {
            String name = String.format(Locale.ROOT, "pot%03d", i);
            host.pot(name, conf.replace("nginx.vm", name + ".vm"), "");
            snaps.append("zroot/pot/jails/").append(name).append("@1795377455\n");
        }
        host.fake("snapshots", snaps.toString());
        try (OpenSshServer server =
                OpenSshServer.start(dir.resolve("sshd"), host.prefix.resolve("bin") + ":" + host.fakeBin)) {
            if (Boolean.getBoolean("bench.doctorOnly")) {
                // -Dbench.doctorOnly=true: only the doctor's read beside the inventory (DoctorReadBenchmark).
                DoctorReadBenchmark.run(server, user, host);
                return;
            }
            try (SshRunner warm = new SshRunner(server.targetAs(user), SshPrompts.nonInteractive())) {
                for (int i = 0; i < 20; i++) {
                    warm.run(ExecRequest.of("true"), ExecListener.NONE);
                }
            }
            long t0 = System.nanoTime();
            try (SshRunner one = new SshRunner(server.targetAs(user), SshPrompts.nonInteractive())) {
                for (int i = 0; i < COMMANDS; i++) {
                    one.run(ExecRequest.of("true"), ExecListener.NONE);
                }
            }
            double shared = (System.nanoTime() - t0) / 1e6;
            long t1 = System.nanoTime();
            for (int i = 0; i < COMMANDS; i++) {
                try (SshRunner fresh = new SshRunner(server.targetAs(user), SshPrompts.nonInteractive())) {
                    fresh.run(ExecRequest.of("true"), ExecListener.NONE);
                }
            }
            double separate = (System.nanoTime() - t1) / 1e6;
            System.out.printf(
                    Locale.ROOT,
                    "%d commands over one session:   %8.0f ms (%.1f ms each)%n",
                    COMMANDS,
                    shared,
                    shared / COMMANDS);
            System.out.printf(
                    Locale.ROOT,
                    "%d commands, a connection each: %8.0f ms (%.1f ms each)%n",
                    COMMANDS,
                    separate,
                    separate / COMMANDS);
            System.out.printf(Locale.ROOT, "session reuse is %.1f times faster%n", separate / shared);

            try (SshRunner r = new SshRunner(server.targetAs(user), SshPrompts.nonInteractive())) {
                r.run(ExecRequest.of("true"), ExecListener.NONE);
                for (int i = 0; i < 3; i++) {
                    InventoryScript script = InventoryScript.create();
                    CapturingListener out = new CapturingListener();
                    long[] bytes = {0};
                    ExecListener counting = new ExecListener() {
                        @Override
                        public void stdoutLine(String line) {
                            out.stdoutLine(line);
                        }

                        @Override
                        public void stdoutBytes(byte[] b, int off, int len) {
                            bytes[0] += len;
                        }
                    };
                    long t2 = System.nanoTime();
                    r.run(ExecRequest.script(script.text()), counting);
                    HostInventory inv = InventoryParser.parse(script.marker(), out.stdout(), Instant.now());
                    double ms = (System.nanoTime() - t2) / 1e6;
                    System.out.printf(
                            Locale.ROOT,
                            "inventory of %d pots over SSH (one exec): %.0f ms, %.1f KiB payload%n",
                            inv.pots().size(),
                            ms,
                            bytes[0] / 1024.0);
                }
            }
            DoctorReadBenchmark.run(server, user, host);
            ExportPollingBenchmark.run(server, user, dir, Integer.getInteger("bench.mb", 48), 3);
        }
    }
}
