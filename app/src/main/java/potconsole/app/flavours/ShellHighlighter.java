package potconsole.app.flavours;

import java.util.Collection;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** POSIX sh highlighting for the bootstrap editor: comments, strings, variables, keywords, the shebang. */
final class ShellHighlighter {
    private static final String KEYWORDS = "\\b(if|then|else|elif|fi|for|while|until|do|done|case|esac|in|function"
            + "|return|exit|export|local|set|unset|shift|break|continue|readonly|trap|eval|exec)\\b";
    private static final Pattern PATTERN = Pattern.compile("(?<SHEBANG>\\A#![^\\n]*)"
            + "|(?<COMMENT>(?<![\\w$])#[^\\n]*)"
            + "|(?<STRING>\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*')"
            + "|(?<VARIABLE>\\$\\{[^}]*\\}|\\$[A-Za-z_][A-Za-z0-9_]*|\\$[0-9#?@*$!-])"
            + "|(?<KEYWORD>" + KEYWORDS + ")");

    private ShellHighlighter() {}

    static StyleSpans<Collection<String>> highlight(String text) {
        Matcher m = PATTERN.matcher(text);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int last = 0;
        while (m.find()) {
            String style = m.group("SHEBANG") != null
                    ? "sh-shebang"
                    : m.group("COMMENT") != null
                            ? "sh-comment"
                            : m.group("STRING") != null
                                    ? "sh-string"
                                    : m.group("VARIABLE") != null ? "sh-variable" : "sh-keyword";
            spans.add(Collections.emptyList(), m.start() - last);
            spans.add(Collections.singleton(style), m.end() - m.start());
            last = m.end();
        }
        spans.add(Collections.emptyList(), text.length() - last);
        return spans.create();
    }
}
