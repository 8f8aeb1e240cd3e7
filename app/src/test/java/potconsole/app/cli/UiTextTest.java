package potconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a person reads (every string literal of the GUI, potctl, the engine's messages and the SSH transport's)
 * never points at the team's reference document: "pot-spec §10.2" means nothing to an admin. Comments may.
 */
class UiTextTest {
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    @Test
    void noTextShownToAPersonCitesTheReferenceDocument() throws IOException {
        List<String> offending = new ArrayList<>();
        int files = 0;
        for (String module : List.of(".", "../engine", "../ssh-transport")) {
            Path root = Path.of(module, "src/main/java");
            try (Stream<Path> sources = Files.walk(root)) {
                for (Path source :
                        sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    files++;
                    List<String> lines = Files.readAllLines(source);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i).strip();
                        if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                            continue;
                        }
                        Matcher m = STRING.matcher(line);
                        while (m.find()) {
                            if (m.group().contains("pot-spec") || m.group().contains("§")) {
                                offending.add(source + ":" + (i + 1) + ": " + m.group());
                            }
                        }
                    }
                }
            }
        }
        assertThat(files).isGreaterThan(100);
        assertThat(offending).isEmpty();
    }
}
