package potconsole.engine.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every recorded transcript (and raw sample) is named by at least one test in this module. */
class TranscriptCoverageTest {
    @Test
    void everySampleIsUsedByATest() throws IOException {
        Path samples = Path.of("src/test/resources/samples/pot-0.16.0");
        Set<String> files;
        try (Stream<Path> s = Files.list(samples)) {
            files = s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt") && !n.equals("INDEX.txt"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(files).hasSize(129);
        String tests;
        try (Stream<Path> s = Files.walk(Path.of("src/test/java"))) {
            tests = s.filter(p -> p.toString().endsWith(".java") && !p.endsWith("TranscriptCoverageTest.java"))
                    .map(TranscriptCoverageTest::read)
                    .collect(Collectors.joining("\n"));
        }
        Set<String> unused = files.stream()
                .filter(f -> !java.util.regex.Pattern.compile("(?<![0-9A-Za-z.-])" + java.util.regex.Pattern.quote(f))
                        .matcher(tests)
                        .find())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unused).as("samples no test reads").isEmpty();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
