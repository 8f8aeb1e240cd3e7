package potconsole.engine.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import potconsole.engine.model.LastRunStats;

/** Parsers for the one-line outputs: version, config, get-attr, last-run-stats. */
public final class SimpleParsers {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SimpleParsers() {}

    /** {@code pot version} ({@code pot version: 0.16.0}) or {@code -q} ({@code 0.16.0}). */
    public static String version(List<String> data) {
        String line = data.stream()
                .filter(l -> !l.isBlank())
                .findFirst()
                .orElseThrow(() -> new ParseException("pot version printed nothing"));
        return line.startsWith("pot version: ")
                ? line.substring("pot version: ".length()).strip()
                : line.strip();
    }

    /** {@code pot config -g name}: {@code <label> = <value>}, or the bare value with {@code -q}. */
    public static String configValue(List<String> data) {
        String line = data.stream()
                .filter(l -> !l.isBlank())
                .findFirst()
                .orElseThrow(() -> new ParseException("pot config printed no value"));
        int sep = line.indexOf(" = ");
        return sep >= 0 ? line.substring(sep + 3) : line;
    }

    /**
     * {@code pot get-attr}: the value from {@code ===>  attr: value}, empty for "not set"; with {@code -q} the bare
     * value line (an empty line when not set).
     */
    public static Optional<String> attribute(PotOutput output, String attribute, boolean quiet) {
        if (quiet) {
            return output.data().stream().findFirst().filter(v -> !v.isEmpty());
        }
        String prefix = attribute + ": ";
        return output.infos().stream()
                .filter(m -> m.startsWith(prefix))
                .map(m -> m.substring(prefix.length()))
                .findFirst();
    }

    /** {@code pot last-run-stats}: {@code { "ExitCode": N }} or {@code {}}. */
    public static LastRunStats lastRunStats(List<String> data) {
        String text = String.join("\n", data).strip();
        if (text.isEmpty()) {
            return LastRunStats.never();
        }
        try {
            JsonNode node = JSON.readTree(text);
            JsonNode code = node.get("ExitCode");
            return new LastRunStats(
                    code != null && code.canConvertToInt() ? OptionalInt.of(code.asInt()) : OptionalInt.empty());
        } catch (IOException e) {
            throw new ParseException("last-run-stats is not JSON: " + text);
        }
    }
}
