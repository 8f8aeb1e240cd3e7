package potconsole.app.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeManagerTest {
    @TempDir
    Path dir;

    @Test
    void aSavedChoiceIsReadBack() throws Exception {
        Path file = dir.resolve("pot-console").resolve("theme");
        ThemeManager.save(file, true);
        assertThat(Files.readString(file)).isEqualTo("dark\n");
        assertThat(ThemeManager.saved(file)).contains(true);
        ThemeManager.save(file, false);
        assertThat(ThemeManager.saved(file)).contains(false);
        assertThat(Files.list(file.getParent())).containsExactly(file);
    }

    @Test
    void aMissingOrGarbledFileMeansNoChoiceYet() throws Exception {
        Path file = dir.resolve("theme");
        assertThat(ThemeManager.saved(file)).isEmpty();
        Files.writeString(file, "purple\n");
        assertThat(ThemeManager.saved(file)).isEmpty();
    }
}
