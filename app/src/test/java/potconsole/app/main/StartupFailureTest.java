package potconsole.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.engine.testkit.RequiredTool;

/** README command 1 on a machine without GTK or without a display: one line that says what to do, no trace. */
class StartupFailureTest {
    @TempDir
    Path dir;

    record Started(int exit, List<String> stderr) {}

    /** The console's entry point in its own JVM, with this environment on top of ours. */
    private Started console(Map<String, String> env, List<String> unset) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName())
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile());
        unset.forEach(pb.environment()::remove);
        pb.environment().putAll(env);
        pb.environment().put("XDG_CONFIG_HOME", dir.toString());
        pb.environment().put("XDG_STATE_HOME", dir.toString());
        Process p = pb.start();
        int exit = p.waitFor();
        List<String> err = Files.readAllLines(dir.resolve("stderr.txt")).stream()
                // Only because the tests run JavaFX from the class path (the launchers use the module path): its
                // java.util.logging warning, a header line and the message.
                .filter(l -> !l.endsWith(" com.sun.javafx.application.PlatformImpl startup"))
                .filter(l -> !l.startsWith("WARNING: Unsupported JavaFX configuration"))
                .toList();
        return new Started(exit, err);
    }

    @Test
    void withoutADisplayItSaysSoInOneLine() throws Exception {
        Started s = console(Map.of(), List.of("DISPLAY", "WAYLAND_DISPLAY"));

        assertThat(s.exit()).isEqualTo(Main.NO_TOOLKIT);
        assertThat(s.stderr())
                .singleElement()
                .asString()
                .startsWith("pot-console: no display to open a window on (DISPLAY is not set)")
                .doesNotContain("Exception");
    }

    @Test
    void withoutGtkItSaysWhatToInstallInOneLine() throws Exception {
        RequiredTool.require("Xvfb", "xvfb");
        Path noGtk = Files.createDirectories(dir.resolve("no-gtk"));
        Files.write(noGtk.resolve("libgtk-3.so.0"), new byte[0]); // what the loader finds: not a library
        Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-nolisten", "tcp", "-screen", "0", "800x600x24")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            String display =
                    new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertThat(display).as("Xvfb's display number").matches("[0-9]+");

            Started s = console(Map.of("DISPLAY", ":" + display, "LD_LIBRARY_PATH", noGtk.toString()), List.of());

            assertThat(s.exit()).isEqualTo(Main.NO_TOOLKIT);
            assertThat(s.stderr())
                    .singleElement()
                    .asString()
                    .startsWith("pot-console: GTK 3 is missing")
                    .contains("apt-get install libgtk-3-0")
                    .doesNotContain("Exception");
        } finally {
            xvfb.destroy();
            xvfb.waitFor();
        }
    }

    @Test
    void anyOtherFailureKeepsItsTrace() {
        assertThat(Main.explain(new IllegalStateException("boom"))).isEmpty();
        assertThat(Main.explain(
                        new RuntimeException(new UnsupportedOperationException("Unable to load glass GTK library."))))
                .hasValueSatisfying(l -> assertThat(l).contains("libgtk-3-0"));
    }
}
