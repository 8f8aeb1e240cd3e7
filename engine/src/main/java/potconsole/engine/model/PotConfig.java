package potconsole.engine.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pot's {@code conf/pot.conf} as written: ordered {@code key=value} lines (pot-spec §2.1). Keys may repeat; the
 * typed accessors follow the recommended reading: lists for {@code pot.env}, {@code pot.hosts}, {@code pot.depend},
 * the last occurrence for every other key. {@link #render()} gives the file back byte for byte.
 */
public record PotConfig(List<Entry> entries, boolean endsWithNewline) {
    public PotConfig {
        entries = List.copyOf(entries);
    }

    /** One line; {@code raw} is the text after the first '=' exactly as in the file. */
    public record Entry(String key, String raw) {
        public String line() {
            return key + "=" + raw;
        }
    }

    public static PotConfig empty() {
        return new PotConfig(List.of(), true);
    }

    /** Parses the text of a pot.conf. Lines without '=' are kept as entries with an empty raw value. */
    public static PotConfig parse(String text) {
        List<Entry> entries = new ArrayList<>();
        if (text.isEmpty()) {
            return new PotConfig(entries, true);
        }
        boolean endsWithNewline = text.endsWith("\n");
        String body = endsWithNewline ? text.substring(0, text.length() - 1) : text;
        for (String line : body.split("\n", -1)) {
            int eq = line.indexOf('=');
            entries.add(eq < 0 ? new Entry(line, null) : new Entry(line.substring(0, eq), line.substring(eq + 1)));
        }
        return new PotConfig(entries, endsWithNewline);
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            sb.append(e.raw() == null ? e.key() : e.line());
            if (i < entries.size() - 1 || endsWithNewline) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** The raw value of the last line with this key. */
    public Optional<String> raw(String key) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            if (e.key().equals(key) && e.raw() != null) {
                return Optional.of(e.raw());
            }
        }
        return Optional.empty();
    }

    /** All raw values of a repeatable key, in file order. */
    public List<String> all(String key) {
        return entries.stream()
                .filter(e -> e.key().equals(key) && e.raw() != null)
                .map(Entry::raw)
                .toList();
    }

    /** pot's way to change a key: delete every line of it, append the new one at the end (§2.1). */
    public PotConfig with(String key, String raw) {
        List<Entry> next = new ArrayList<>(
                entries.stream().filter(e -> !e.key().equals(key)).toList());
        next.add(new Entry(key, raw));
        return new PotConfig(next, true);
    }

    /** Replaces every line of a repeatable key by the given values, appended at the end. */
    public PotConfig withAll(String key, List<String> raws) {
        List<Entry> next = new ArrayList<>(
                entries.stream().filter(e -> !e.key().equals(key)).toList());
        raws.forEach(r -> next.add(new Entry(key, r)));
        return new PotConfig(next, true);
    }

    /** Appends one more line (pot.depend via add-dep does no de-duplication). */
    public PotConfig append(String key, String raw) {
        List<Entry> next = new ArrayList<>(entries);
        next.add(new Entry(key, raw));
        return new PotConfig(next, true);
    }

    // --- typed reading -------------------------------------------------------------------------------------------

    public PotType type() {
        return PotType.fromConf(raw("pot.type").orElse(""));
    }

    public int level() {
        return raw("pot.level")
                .filter(v -> v.matches("[0-9]+"))
                .map(Integer::parseInt)
                .orElse(1);
    }

    public Optional<String> base() {
        return raw("pot.base").filter(v -> !v.isEmpty());
    }

    public Optional<String> potBase() {
        return raw("pot.potbase").filter(v -> !v.isEmpty());
    }

    public String dns() {
        return raw("pot.dns").filter(v -> !v.isEmpty()).orElse("inherit");
    }

    public Optional<String> cmd() {
        return raw("pot.cmd");
    }

    public Optional<String> hostname() {
        return raw("host.hostname").map(PotConfig::unquote);
    }

    public Optional<String> osRelease() {
        return raw("osrelease").map(PotConfig::unquote);
    }

    public boolean vnet() {
        return raw("vnet").map("true"::equals).orElse(false);
    }

    public Network network() {
        NetworkType type = raw("network_type").flatMap(NetworkType::parse).orElse(NetworkType.INHERIT);
        List<String> ips = raw("ip")
                .map(v -> List.of(v.trim().split("\\s+")))
                .filter(l -> !(l.size() == 1 && l.get(0).isEmpty()))
                .orElse(List.of());
        return new Network(
                type,
                ips,
                raw("bridge").filter(v -> !v.isEmpty()),
                raw("pot.stack").flatMap(NetworkStack::parse));
    }

    /** Stored attribute values (raw, as written by set-attribute). */
    public Map<Attribute, String> attributes() {
        Map<Attribute, String> map = new EnumMap<>(Attribute.class);
        for (Attribute a : Attribute.values()) {
            raw(a.confKey()).ifPresent(v -> map.put(a, v));
        }
        return map;
    }

    /** The value {@code pot info} shows: the stored value, its default when missing or empty. */
    public String attributeAsShown(Attribute a) {
        return raw(a.confKey())
                .map(v -> v.replaceAll("[ \t\"]", ""))
                .filter(v -> !v.isEmpty())
                .orElse(a.defaultValue());
    }

    public Resources resources() {
        return new Resources(
                raw("pot.rss.cpus").filter(v -> v.matches("[0-9]+")).map(Integer::parseInt),
                raw("pot.rss.memory").filter(v -> !v.isEmpty()),
                Optional.empty());
    }

    public List<EnvVar> env() {
        return all("pot.env").stream()
                .map(PotConfig::unquoteEnv)
                .map(EnvVar::parse)
                .toList();
    }

    public List<EtcHostsEntry> hosts() {
        return all("pot.hosts").stream().map(EtcHostsEntry::parseConf).toList();
    }

    public List<String> dependencies() {
        return all("pot.depend").stream().filter(v -> !v.isEmpty()).toList();
    }

    public List<PortMapping> exportedPorts() {
        return raw("pot.export.ports")
                .map(String::trim)
                .filter(v -> !v.isEmpty())
                .map(v -> List.of(v.split("\\s+")).stream()
                        .map(PortMapping::parse)
                        .toList())
                .orElse(List.of());
    }

    /** Strips one pair of surrounding double quotes (host.hostname, osrelease). */
    static String unquote(String v) {
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    /** pot.env is written as {@code "VAR=value"} with embedded quotes escaped as {@code \"}. */
    static String unquoteEnv(String v) {
        return unquote(v).replace("\\\"", "\"");
    }

    /** The pot.conf form of an environment entry. */
    public static String quoteEnv(EnvVar env) {
        return "\"" + env.assignment().replace("\"", "\\\"") + "\"";
    }
}
