package potconsole.engine.setup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The setup probe: a read-only POSIX sh script sent once ({@code probe.sh}), and its parser. Every line it prints
 * carries a per-run nonce, so no file content can forge one.
 */
public final class SetupProbe {
    public static final String HEADER = "# pot-console setup probe v1";
    private static final Pattern MARKER = Pattern.compile("(?m)^M='(@@POTSETUP-[0-9a-f]+)'$");
    private static final Pattern RELEASE = Pattern.compile(".*-([0-9]+\\.[0-9]+)(-RELEASE|(-RC[0-9]+))$");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TEMPLATE = load();

    private final String marker;

    private SetupProbe(String marker) {
        this.marker = marker;
    }

    public static SetupProbe create() {
        return new SetupProbe("@@POTSETUP-" + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE));
    }

    public String script() {
        return TEMPLATE.replace("@@POTSETUP-__NONCE__", marker);
    }

    /** The marker of a probe script (how the sandbox recognises one), if it is one. */
    public static Optional<String> markerOf(String script) {
        if (!script.startsWith(HEADER)) {
            return Optional.empty();
        }
        Matcher m = MARKER.matcher(script);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public SetupReport parse(List<String> lines) {
        Map<String, String> say = new HashMap<>();
        Map<String, String> settings = new HashMap<>();
        StringBuilder conf = null;
        boolean inConf = false;
        for (String line : lines) {
            if (inConf) {
                if (line.equals(marker + " END")) {
                    inConf = false;
                } else {
                    conf.append(line).append('\n');
                }
            } else if (line.equals(marker + " BEGIN conf")) {
                conf = new StringBuilder();
                inConf = true;
            } else if (line.startsWith(marker + " ")) {
                String rest = line.substring(marker.length() + 1);
                int sp = rest.indexOf(' ');
                String key = sp < 0 ? rest : rest.substring(0, sp);
                String value = sp < 0 ? "" : rest.substring(sp + 1).strip();
                if (key.equals("set") && value.contains("=")) {
                    settings.put(value.substring(0, value.indexOf('=')), value.substring(value.indexOf('=') + 1));
                } else {
                    say.put(key, value);
                }
            }
        }
        return report(say, settings, Optional.ofNullable(conf).map(SetupProbe::dropFramingNewline));
    }

    private static SetupReport report(Map<String, String> s, Map<String, String> settings, Optional<String> conf) {
        return new SetupReport(
                s.getOrDefault("user", ""),
                s.getOrDefault("uid", "").equals("0"),
                words(s.get("groups")),
                s.getOrDefault("os", ""),
                s.getOrDefault("vimage", "").equals("1"),
                s.getOrDefault("racct", "").equals("1"),
                s.getOrDefault("racctboot", "").equals("1"),
                s.getOrDefault("pf", "").equals("loaded"),
                words(s.get("interfaces")),
                releases(words(s.get("manifests"))),
                s.containsKey("pot") && !s.get("pot").equals("absent"),
                s.getOrDefault("prefix", "/usr/local"),
                s.getOrDefault("version", ""),
                conf,
                settings,
                Optional.ofNullable(s.get("dataset")),
                s.containsKey("fsroot"),
                Optional.ofNullable(s.get("bridge")),
                !s.getOrDefault("group", "").isEmpty(),
                words(s.get("bases")),
                words(s.get("jails")));
    }

    /** pot's {@code _get_valid_releases}: MANIFESTS names with {@code -RELEASE} stripped (pot-spec §1.4). */
    static List<String> releases(List<String> manifests) {
        List<String> out = new ArrayList<>();
        for (String m : manifests) {
            Matcher r = RELEASE.matcher(m);
            if (r.matches()) {
                out.add(r.group(1) + (r.group(3) == null ? "" : r.group(3)));
            }
        }
        return out.stream().distinct().sorted(SetupProbe::versionOrder).toList();
    }

    private static int versionOrder(String a, String b) {
        String[] x = a.split("[.-]");
        String[] y = b.split("[.-]");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d+") && y[i].matches("\\d+")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]))
                    : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static List<String> words(String value) {
        return value == null || value.isBlank()
                ? List.of()
                : Arrays.asList(value.strip().split("\\s+"));
    }

    private static String dropFramingNewline(StringBuilder conf) {
        // The script prints a newline before END so a file without a final newline still ends its last line.
        String s = conf.toString();
        return s.endsWith("\n\n") ? s.substring(0, s.length() - 1) : s;
    }

    private static String load() {
        try (InputStream in = SetupProbe.class.getResourceAsStream("probe.sh")) {
            if (in == null) {
                throw new IllegalStateException("probe.sh is missing from the engine module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
