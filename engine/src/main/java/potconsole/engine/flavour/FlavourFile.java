package potconsole.engine.flavour;

import java.util.ArrayList;
import java.util.List;

/**
 * A flavour command file: its lines in order. Parsing keeps every byte (blank lines, spacing, a missing final
 * newline, CR characters), so opening and saving without edits changes nothing.
 */
public record FlavourFile(List<FlavourLine> lines, boolean finalNewline) {
    public FlavourFile {
        lines = List.copyOf(lines);
    }

    public static FlavourFile parse(String text) {
        if (text.isEmpty()) {
            return new FlavourFile(List.of(), false);
        }
        boolean finalNewline = text.endsWith("\n");
        String body = finalNewline ? text.substring(0, text.length() - 1) : text;
        List<FlavourLine> lines = new ArrayList<>();
        for (String line : body.split("\n", -1)) {
            lines.add(new FlavourLine(line));
        }
        return new FlavourFile(lines, finalNewline);
    }

    public String render() {
        if (lines.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                b.append('\n');
            }
            b.append(lines.get(i).raw());
        }
        if (finalNewline) {
            b.append('\n');
        }
        return b.toString();
    }

    public FlavourFile withLines(List<FlavourLine> replaced) {
        return new FlavourFile(replaced, finalNewline || lines.isEmpty());
    }

    /** Whether any line is {@code set-cmd} (it should be in a flavour of its own, applied last). */
    public boolean setsCmd() {
        return lines.stream().anyMatch(l -> l.command().orElse(null) == FlavourCommand.SET_CMD);
    }
}
