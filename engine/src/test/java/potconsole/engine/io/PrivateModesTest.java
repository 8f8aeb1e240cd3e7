package potconsole.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The console's files are 0600 in 0700 directories whatever the umask, and wider old modes are narrowed. */
class PrivateModesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"022", "000"})
    void everyFileAndDirectoryTheConsoleCreatesIsPrivateWhateverTheUmask(String umask) throws Exception {
        Path config = dir.resolve("config");
        Path state = dir.resolve("state");
        ProcessBuilder pb = new ProcessBuilder(
                        "/bin/sh",
                        "-c",
                        "umask " + umask + " && exec \"$0\" -cp \"$1\" " + PrivateWriter.class.getName() + " files",
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        System.getProperty("java.class.path"))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile());
        pb.environment().put("XDG_CONFIG_HOME", config.toString());
        pb.environment().put("XDG_STATE_HOME", state.toString());
        assertThat(pb.start().waitFor())
                .as(Files.readString(dir.resolve("out.txt")))
                .isZero();

        Map<String, String> modes = modes(config, state);
        assertThat(modes)
                .containsEntry("config/pot-console", "rwx------")
                .containsEntry("config/pot-console/hosts.json", "rw-------")
                .containsEntry("state/pot-console", "rwx------")
                .containsEntry("state/pot-console/journal.jsonl", "rw-------")
                .containsEntry("state/pot-console/flavour-backups", "rwx------")
                .containsEntry("state/pot-console/flavour-backups/web.1", "rwx------");
        assertThat(modes.values()).allMatch(m -> m.equals("rw-------") || m.equals("rwx------"));
    }

    @Test
    void olderWiderModesAreNarrowedOnceWithOneNotice() throws IOException {
        Path root = dir.resolve("pot-console");
        Files.createDirectories(root.resolve("keys"));
        Files.writeString(root.resolve("journal.jsonl"), "{}\n");
        Files.writeString(root.resolve("keys/ci.pub"), "k");
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(root.resolve("keys"), PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setPosixFilePermissions(root.resolve("journal.jsonl"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(root.resolve("keys/ci.pub"), PosixFilePermissions.fromString("rw-rw-r--"));

        List<Path> changed = PrivateFiles.tighten(root);

        assertThat(changed).hasSize(4);
        assertThat(modes(root)).allSatisfy((p, m) -> assertThat(m).isIn("rw-------", "rwx------"));
        assertThat(PrivateFiles.tighten(root)).isEmpty();
    }

    private static Map<String, String> modes(Path... roots) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (Path root : roots) {
            List<Path> all = new ArrayList<>();
            try (Stream<Path> s = Files.walk(root)) {
                s.forEach(all::add);
            }
            for (Path p : all) {
                out.put(
                        root.getParent().relativize(p).toString(),
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
            }
        }
        return out;
    }
}
