package potconsole.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageNamesTest {
    @TempDir
    Path dir;

    @Test
    void filesAndImportedNameAreDerivedAsPotDoes() {
        ImageName name = new ImageName("x-web", "3.0");

        assertThat(name.xzFile()).isEqualTo("x-web_3.0.xz");
        assertThat(name.signatureFile()).isEqualTo("x-web_3.0.xz.skein.sig");
        assertThat(name.importedPotName()).isEqualTo("x-web_3_0");
        assertThat(ImageName.ofFileName("my_pot_1.2.xz")).contains(new ImageName("my_pot", "1.2"));
        assertThat(ImageName.ofFileName("web_1.0.xz.skein")).isEmpty();
        assertThatThrownBy(() -> new ImageName("web", "1/rm")).hasMessageContaining("not a usable tag");
    }

    @Test
    void metaRoundTripsTheRecordedLines() {
        assertThat(new String(ImageMeta.parse("-\n").fileBytes())).isEqualTo("-\n");
        assertThat(ImageMeta.parse("")).isEqualTo(ImageMeta.NO_ORIGIN);
        ImageMeta clone = ImageMeta.parse("web:1.0@1795377456\n");
        assertThat(clone.origin().orElseThrow().image()).isEqualTo(new ImageName("web", "1.0"));
        assertThat(new String(clone.fileBytes())).isEqualTo("web:1.0@1795377456\n");
        assertThatThrownBy(() -> ImageMeta.parse("web@1")).hasMessageContaining("not an image origin");
    }

    @Test
    void versionOrderIsSortV() {
        List<String> tags = new java.util.ArrayList<>(List.of("1.10", "1.9", "2.0", "1.9.1", "10"));
        tags.sort(VersionOrder.INSTANCE);

        assertThat(tags).containsExactly("1.9", "1.9.1", "1.10", "2.0", "10");
    }

    @Test
    void aDirectoryRegistryListsImagesByPotAndVersionWithTheirCompanions() throws Exception {
        Files.write(dir.resolve("web_1.10.xz"), new byte[100]);
        Files.writeString(dir.resolve("web_1.10.xz.skein"), "x");
        Files.writeString(dir.resolve("web_1.10.xz.meta"), "base:1.0@17\n");
        Files.write(dir.resolve("web_1.9.xz"), new byte[50]);
        Files.write(dir.resolve("db_2.0.xz"), new byte[7]);
        Files.writeString(dir.resolve("db_2.0.xz.skein.sig"), "x");
        Files.writeString(dir.resolve("README"), "not an image");

        List<RegistryEntry> entries = new Registry(DirectoryStore.local(dir)).list();

        assertThat(entries)
                .extracting(e -> e.name().xzFile())
                .containsExactly("db_2.0.xz", "web_1.9.xz", "web_1.10.xz");
        RegistryEntry web = entries.get(2);
        assertThat(web.xzBytes()).isEqualTo(100);
        assertThat(web.importable()).isTrue();
        assertThat(web.meta().orElseThrow().origin().orElseThrow().pot()).isEqualTo("base");
        assertThat(entries.get(0).hasSignature()).isTrue();
        assertThat(entries.get(1).importable()).isFalse();
    }
}
