package potconsole.engine.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A test that needs an external tool (a shell, sshd, xz, signify, Xvfb…). Without the tool the test is skipped on a
 * developer's machine, saying what to install — but with {@code CI=true} it fails and names the tool: a green CI run
 * never hides a test that did not run. {@code bash .ci/run} installs every tool the tests need.
 */
public final class RequiredTool {
    private RequiredTool() {}

    /** Whether {@code CI=true} (as CI services and {@code .ci/run}'s callers set it). */
    public static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Requires {@code tool} (an absolute path, or a command looked up on PATH). */
    public static void require(String tool, String debianPackage) {
        require(isInstalled(tool), tool, debianPackage);
    }

    /** Requires a tool whose presence the caller checked. */
    public static void require(boolean present, String tool, String debianPackage) {
        require(present, tool, debianPackage, System.getenv());
    }

    static void require(boolean present, String tool, String debianPackage, java.util.Map<String, String> env) {
        if (present) {
            return;
        }
        String missing = tool + " is not installed (Debian/Ubuntu: apt-get install " + debianPackage
                + "; bash .ci/run installs what the tests need)";
        if ("true".equalsIgnoreCase(env.get("CI"))) {
            Assertions.fail("CI=true and a test needs " + missing);
        }
        Assumptions.abort("skipped: " + missing);
    }

    public static boolean isInstalled(String tool) {
        if (tool.contains("/")) {
            return Files.isExecutable(Path.of(tool));
        }
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
