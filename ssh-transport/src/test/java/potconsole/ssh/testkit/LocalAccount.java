package potconsole.ssh.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import potconsole.engine.testkit.RequiredTool;

/**
 * A second, non-root local account for loopback sshd tests: /bin/sh as its login shell (no startup files, as a
 * FreeBSD host's), a usable but passwordless entry (key login only), its home where the test says. Made with
 * {@code useradd}, so only root can make it: without root the test is skipped, or fails with CI=true (CI runs as
 * root).
 */
public final class LocalAccount {
    private LocalAccount() {}

    /** Root, useradd and unshare, or skip/fail naming what is missing. */
    public static void requireRoot() {
        String missing = null;
        if (!"root".equals(System.getProperty("user.name"))) {
            missing = "root (to run useradd and unshare -m; CI runs the tests as root)";
        } else if (!RequiredTool.isInstalled("/usr/sbin/useradd")) {
            missing = "/usr/sbin/useradd (apt-get install passwd)";
        } else if (!RequiredTool.isInstalled("unshare")) {
            missing = "unshare (apt-get install util-linux)";
        }
        if (missing == null) {
            return;
        }
        if (RequiredTool.onCi()) {
            Assertions.fail("CI=true and a test needs " + missing);
        }
        Assumptions.abort("skipped: needs " + missing);
    }

    /**
     * The account {@code name}, made once with {@code /home/NAME} as its home (0755, its own) and a usable,
     * passwordless entry; its home directory. Not changed once made: usermod refuses while a session of it lingers.
     */
    public static Path ensure(String name) throws IOException, InterruptedException {
        Path home = Path.of("/home", name);
        if (run("id", "-u", name) != 0) {
            check(run("useradd", "-M", "-s", "/bin/sh", "-d", home.toString(), "-p", "*", name), "useradd " + name);
        }
        Files.createDirectories(home);
        chown(name, home);
        return home;
    }

    public static void chown(String name, Path path) throws IOException, InterruptedException {
        check(run("chown", name + ":", path.toString()), "chown " + path);
    }

    private static void check(int exit, String what) {
        if (exit != 0) {
            throw new IllegalStateException(what + " failed with exit status " + exit);
        }
    }

    private static int run(String... argv) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(argv)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        if (exit != 0 && !argv[0].equals("id")) {
            System.err.println(String.join(" ", argv) + ": " + out.strip());
        }
        return exit;
    }
}
