package potconsole.engine.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import potconsole.engine.testkit.Transcript;

class ImageOutputsTest {
    @Test
    void exportNamesSnapshotAndFile() {
        assertThat(ImageOutputs.exported(Transcript.load("56-export.txt").output()))
                .contains(new ImageOutputs.Exported("web", "1795377456", "/tmp/images/web_1.0.xz"));
        assertThat(ImageOutputs.exported(Transcript.load("102-export-v.txt").output()))
                .contains(new ImageOutputs.Exported("x-web", "1795391576", "/tmp/images2/x-web_3.0.xz"));
        assertThat(ImageOutputs.exported(
                        Transcript.load("103-export-same-tag-c.txt").output()))
                .isPresent();
    }

    @Test
    void exportSideFilesHaveTheDocumentedShape() {
        List<String> lines = Transcript.load("57-export-files.txt").stdoutLines();
        assertThat(lines.get(2)).endsWith(" 2 Nov 22 19:57 web_1.0.xz.meta");
        assertThat(lines.get(3)).contains(" 257 ").endsWith("web_1.0.xz.skein");
        assertThat(lines.get(4)).as(".meta of a pot without origin").isEqualTo("-");
        assertThat(lines.get(5)).matches("[0-9a-f]{256}");
    }

    @Test
    void importNamesTheLocalPot() {
        var plain = ImageOutputs.imported(Transcript.load("58-import.txt").output());
        assertThat(plain).contains(new ImageOutputs.Imported("web", "1.0", "web_1_0", java.util.Optional.empty()));
        Transcript verbose = Transcript.load("108-import-v.txt");
        assertThat(ImageOutputs.imported(verbose.output()))
                .hasValueSatisfying(i -> assertThat(i.localName()).isEqualTo("x-web_3_0"));
        assertThat(verbose.output().messages()).extracting(Message::level).contains(Message.Level.DEBUG);
        assertThat(verbose.output().stderr()).hasSize(3).allMatch(l -> l.startsWith("/var/cache/pot/x-web_3.0.xz"));
    }
}
