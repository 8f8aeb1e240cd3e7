package potconsole.app.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.image.RecentRegistries;

class RecentRegistrySizesTest {
    @TempDir
    Path dir;

    @Test
    void theDoctorComparesTheCacheWithTheRegistryOpenedLast() throws IOException {
        Path registry = Files.createDirectories(dir.resolve("images"));
        Files.write(registry.resolve("web_1.0.xz"), new byte[4096]);
        Files.writeString(registry.resolve("web_1.0.xz.meta"), "-\n");
        RecentRegistries recent = new RecentRegistries(dir.resolve("recent"));
        RecentRegistrySizes sizes = new RecentRegistrySizes(recent, name -> Optional.empty());

        assertThat(sizes.apply(new Cancellation()).bytes())
                .as("nothing remembered, nothing compared")
                .isEmpty();

        recent.remember(registry.toString());
        var read = sizes.apply(new Cancellation());
        assertThat(read.location()).isEqualTo(registry.toString());
        assertThat(read.bytes()).containsEntry("web_1.0.xz", 4096L);

        recent.remember(dir.resolve("gone").toString());
        assertThat(sizes.apply(new Cancellation()).bytes())
                .as("a registry that cannot be read now does not stop the doctor")
                .isEmpty();
    }
}
