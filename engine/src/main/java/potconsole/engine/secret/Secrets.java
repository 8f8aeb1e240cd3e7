package potconsole.engine.secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import potconsole.engine.host.UserDirectories;
import potconsole.engine.io.PrivateFiles;

/**
 * The one rule for what the console never shows or keeps: the value of an environment variable whose name looks
 * secret, and any value the person marked secret. A name looks secret when it contains, in any case, one of
 * PASSWORD, PASSWD, SECRET, TOKEN, KEY or CREDENTIAL, or a word the person added: one per line in
 * {@code $XDG_CONFIG_HOME/pot-console/secret-names} ({@code #} starts a comment), or separated by commas or spaces
 * in the environment variable {@code POTCONSOLE_SECRET_NAMES}.
 *
 * <p>{@link #mask} replaces such values with {@value #MASK} in {@code NAME=value} (bare, quoted, or inside a quoted
 * shell word as {@code 'NAME=value'}) and {@code "NAME": "value"}; a value once masked is remembered for the life of
 * the process, so the same value is masked wherever else it shows up (pot echoing it, an error message). What is
 * sent to a host is never masked: only what is shown, exported or written down.
 */
public final class Secrets {
    public static final String MASK = "••••";
    public static final List<String> DEFAULT_WORDS =
            List.of("PASSWORD", "PASSWD", "SECRET", "TOKEN", "KEY", "CREDENTIAL");
    public static final String ENVIRONMENT_VARIABLE = "POTCONSOLE_SECRET_NAMES";
    /** Values shorter than this are masked where they are assigned, not searched for elsewhere. */
    private static final int REMEMBER_FROM = 4;

    private static final Pattern ASSIGNMENT = Pattern.compile("(?<![A-Za-z0-9_])([A-Za-z_][A-Za-z0-9_.-]*)=");
    private static final Pattern JSON_PAIR =
            Pattern.compile("\"([A-Za-z_][A-Za-z0-9_.-]*)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** An {@code EnvVar} as JSON: {@code {"name": "DB_PASSWORD", "value": "…"}}. */
    private static final Pattern JSON_NAME_VALUE = Pattern.compile(
            "\"name\"\\s*:\\s*\"([A-Za-z_][A-Za-z0-9_.-]*)\"\\s*,\\s*\"value\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static volatile Secrets standard;

    private final List<String> words = new CopyOnWriteArrayList<>();
    private final Set<String> values = ConcurrentHashMap.newKeySet();

    /** The built-in words plus {@code extraWords}. */
    public Secrets(Collection<String> extraWords) {
        List<String> w = new ArrayList<>(DEFAULT_WORDS);
        for (String e : extraWords) {
            String u = e.strip().toUpperCase(Locale.ROOT);
            if (!u.isEmpty() && !w.contains(u)) {
                w.add(u);
            }
        }
        this.words.addAll(w);
    }

    /** The process's rule: built-in words, the secret-names file and the environment variable. */
    public static Secrets standard() {
        Secrets s = standard;
        if (s == null) {
            synchronized (Secrets.class) {
                if (standard == null) {
                    standard = new Secrets(userWords(namesFile(), System.getenv(ENVIRONMENT_VARIABLE)));
                }
                s = standard;
            }
        }
        return s;
    }

    /** Shorthand for {@code standard().mask(text)}. */
    public static String hide(String text) {
        return standard().mask(text);
    }

    /** Shorthand for {@code standard().mask(lines)}. */
    public static List<String> hide(List<String> lines) {
        return standard().mask(lines);
    }

    public static Path namesFile() {
        return UserDirectories.config().resolve("secret-names");
    }

    /** The words a person added: the file's lines (comments dropped), then the variable's. */
    static List<String> userWords(Path file, String variable) {
        List<String> out = new ArrayList<>();
        if (file != null && Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    int hash = line.indexOf('#');
                    String w = (hash >= 0 ? line.substring(0, hash) : line).strip();
                    if (!w.isEmpty()) {
                        out.add(w);
                    }
                }
            } catch (IOException e) {
                // Unreadable: the built-in words still apply.
            }
        }
        if (variable != null) {
            for (String w : variable.split("[,\\s]+")) {
                if (!w.isBlank()) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    public List<String> words() {
        return List.copyOf(words);
    }

    /** Treats {@code word} as secret from now on in this process. */
    public void addWord(String word) {
        String u = word.strip().toUpperCase(Locale.ROOT);
        if (!u.isEmpty() && !words.contains(u)) {
            words.add(u);
        }
    }

    /**
     * A variable the person marked secret in the env editor: masked from now on, and remembered in the secret-names
     * file (0600) for the next start and for potctl.
     */
    public static void markName(String name) throws IOException {
        if (standard().isSecretName(name)) {
            return;
        }
        standard().addWord(name);
        PrivateFiles.appendLine(namesFile(), name.strip());
    }

    public boolean isSecretName(String name) {
        String u = name.toUpperCase(Locale.ROOT);
        return words.stream().anyMatch(u::contains);
    }

    /** A value the person marked secret: masked from now on wherever it appears. */
    public void markSecret(String value) {
        if (value != null && !value.isEmpty()) {
            values.add(value);
        }
    }

    public List<String> mask(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            out.add(mask(l));
        }
        return out;
    }

    /** The text with every secret value replaced by {@value #MASK}. */
    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = maskAssignments(text);
        s = maskJson(s);
        if (!values.isEmpty()) {
            List<String> known = new ArrayList<>(values);
            known.sort(Comparator.comparingInt(String::length).reversed());
            for (String v : known) {
                if (s.contains(v)) {
                    s = s.replace(v, MASK);
                }
            }
        }
        return s;
    }

    private String maskAssignments(String text) {
        Matcher m = ASSIGNMENT.matcher(text);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int valueStart = m.end();
            if (!isSecretName(m.group(1))) {
                from = valueStart;
                continue;
            }
            char before = m.start() > 0 ? text.charAt(m.start() - 1) : ' ';
            int valueEnd = before == '\'' || before == '"'
                    ? endOfQuoted(text, valueStart, before)
                    : endOfWord(text, valueStart);
            String raw = text.substring(valueStart, valueEnd);
            remember(unquote(raw));
            out.append(text, copied, valueStart);
            out.append(raw.isEmpty() ? "" : MASK);
            copied = valueEnd;
            from = Math.max(valueEnd, valueStart + 1);
        }
        out.append(text, copied, text.length());
        return out.toString();
    }

    private String maskJson(String text) {
        return maskJson(maskJson(text, JSON_PAIR), JSON_NAME_VALUE);
    }

    private String maskJson(String text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = m.group();
            if (isSecretName(m.group(1)) && !m.group(2).isEmpty()) {
                remember(m.group(2));
                replacement = m.group().substring(0, m.start(2) - m.start()) + MASK + "\"";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private void remember(String value) {
        if (value.length() >= REMEMBER_FROM && !value.equals(MASK)) {
            values.add(value);
        }
    }

    /** Inside a quoted word: up to the closing quote ({@code '\''} continues a single-quoted word). */
    private static int endOfQuoted(String text, int from, char quote) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quote == '"' && c == '\\' && i + 1 < text.length()) {
                i += 2;
                continue;
            }
            if (c == quote) {
                if (quote == '\'' && text.startsWith("'\\''", i)) {
                    i += 4;
                    continue;
                }
                return i;
            }
            i++;
        }
        return i;
    }

    /** A shell word: up to white space, quoted parts taken whole. */
    private static int endOfWord(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                return i;
            }
            if (c == '\'' || c == '"') {
                int close = text.indexOf(c, i + 1);
                if (close < 0) {
                    return text.length();
                }
                i = close + 1;
                continue;
            }
            i++;
        }
        return i;
    }

    private static String unquote(String raw) {
        return raw.replace("'\\''", "'").replace("'", "").replace("\"", "");
    }
}
