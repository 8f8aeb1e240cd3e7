package potconsole.engine.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import potconsole.engine.command.ShellWords;

/**
 * Just enough of sh for commands the sandbox runs: word splitting with single/double quotes and backslashes,
 * {@code $1…}/{@code $VAR} expansion, and lists joined by {@code ;}, {@code &&}, {@code ||}.
 */
final class MiniShell {
    private MiniShell() {}

    /** Splits one simple command into words (quotes removed, variables expanded; an open quote runs to the end). */
    static List<String> words(String line, Map<String, String> vars) {
        return ShellWords.split(line, (text, at, out) -> expand(text, at, vars, out), true);
    }

    private static int expand(String line, int at, Map<String, String> vars, StringBuilder out) {
        int j = at + 1;
        if (j < line.length() && line.charAt(j) == '{') {
            int end = line.indexOf('}', j);
            if (end > 0) {
                out.append(vars.getOrDefault(line.substring(j + 1, end), ""));
                return end + 1;
            }
        }
        int k = j;
        if (k < line.length() && Character.isDigit(line.charAt(k))) {
            k++;
        } else {
            while (k < line.length() && (Character.isLetterOrDigit(line.charAt(k)) || line.charAt(k) == '_')) {
                k++;
            }
        }
        if (k == j) {
            out.append('$');
            return j;
        }
        out.append(vars.getOrDefault(line.substring(j, k), ""));
        return k;
    }

    /** One element of a list: the command text and the operator that joins it to the previous one. */
    record Step(String joiner, String text) {}

    /** Splits {@code a; b && c || d} outside quotes. */
    static List<Step> list(String script) {
        List<Step> steps = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        String joiner = ";";
        char quote = 0;
        for (int i = 0; i < script.length(); i++) {
            char ch = script.charAt(i);
            if (quote != 0) {
                cur.append(ch);
                if (ch == quote) {
                    quote = 0;
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                quote = ch;
                cur.append(ch);
            } else if (ch == ';' || ch == '\n') {
                steps.add(new Step(joiner, cur.toString()));
                cur.setLength(0);
                joiner = ";";
            } else if ((ch == '&' || ch == '|') && i + 1 < script.length() && script.charAt(i + 1) == ch) {
                steps.add(new Step(joiner, cur.toString()));
                cur.setLength(0);
                joiner = ch == '&' ? "&&" : "||";
                i++;
            } else {
                cur.append(ch);
            }
        }
        steps.add(new Step(joiner, cur.toString()));
        return steps.stream().filter(s -> !s.text().isBlank()).toList();
    }

    /** Runs a hook file's content on the host; unknown commands fail the way sh reports them. */
    static void runHook(Ctx c, String path, String script) {
        int lineNo = 0;
        for (String line : script.split("\n")) {
            lineNo++;
            List<String> w = words(line, Map.of());
            if (w.isEmpty() || w.get(0).startsWith("#")) {
                continue;
            }
            if (w.get(0).equals("echo")) {
                c.out().line(String.join(" ", w.subList(1, w.size())));
            } else if (!w.get(0).equals("true") && !w.get(0).equals(":")) {
                c.out().err(path + ": line " + lineNo + ": " + w.get(0) + ": command not found");
            }
        }
    }
}
