package potconsole.engine.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentRegistriesTest {
    @TempDir
    Path state;

    @Test
    void remembersMostRecentFirstOnceInAPrivateFile() throws Exception {
        RecentRegistries recent = new RecentRegistries(state.resolve("pot-console/registries"));
        assertThat(recent.list()).isEmpty();

        recent.remember("/srv/images");
        recent.remember("https://images.example.org/pot/");
        recent.remember(" /srv/images ");

        assertThat(new RecentRegistries(recent.file()).list())
                .containsExactly("/srv/images", "https://images.example.org/pot/");
        assertThat(Files.getPosixFilePermissions(recent.file()))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (var left = Files.list(recent.file().getParent())) {
            assertThat(left.toList()).as("no temporary file left").containsExactly(recent.file());
        }
        for (int i = 0; i < 20; i++) {
            recent.remember("/r" + i);
        }
        assertThat(recent.list()).hasSize(RecentRegistries.LIMIT).startsWith("/r19");
    }
}
