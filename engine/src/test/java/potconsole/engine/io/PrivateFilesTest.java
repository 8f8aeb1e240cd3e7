package potconsole.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateFilesTest {
    @TempDir
    Path dir;

    @Test
    void replacesTheFileWithOneOnlyItsOwnerCanReadAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("sub/hosts.json");
        PrivateFiles.replace(file, tmp -> Files.writeString(tmp, "one"));
        PrivateFiles.replace(file, tmp -> Files.writeString(tmp, "two"));

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("two");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFailedWriteKeepsTheOldFile() throws IOException {
        Path file = dir.resolve("registries");
        PrivateFiles.replace(file, tmp -> Files.writeString(tmp, "kept"));

        assertThatThrownBy(() -> PrivateFiles.replace(file, tmp -> {
                    throw new IOException("disk full");
                }))
                .hasMessage("disk full");

        assertThat(Files.readString(file)).isEqualTo("kept");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
