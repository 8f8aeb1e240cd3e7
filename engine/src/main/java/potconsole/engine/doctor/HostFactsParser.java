package potconsole.engine.doctor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the framed output of {@link HostFactsScript} into {@link HostFacts}. */
public final class HostFactsParser {
    private static final Pattern BOOT = Pattern.compile("sec\\s*=\\s*(\\d+)");
    private static final Pattern STAT = Pattern.compile("(\\d+) (.+)");

    private HostFactsParser() {}

    public static HostFacts parse(String marker, List<String> lines, String potTmp, String potCache) {
        Map<String, List<String>> s = sections(marker, lines);
        Map<String, String> unreadable = new TreeMap<>();
        Optional<Instant> boot = first(s, "boottime")
                .map(BOOT::matcher)
                .filter(Matcher::find)
                .map(m -> Instant.ofEpochSecond(Long.parseLong(m.group(1))));
        Optional<Boolean> racct = first(s, "racct").map(v -> v.strip().equals("1"));
        Optional<Boolean> pf = first(s, "pf").flatMap(v -> pfStatus(v, unreadable));
        List<String> nat = s.getOrDefault("nat", List.of());
        if (refused(nat)) {
            unreadable.put("pf rules", String.join(" ", nat));
        }
        return new HostFacts(
                boot,
                racct,
                pf,
                statusFiles(s, potTmp),
                mainPids(s),
                cache(s.getOrDefault("cache", List.of()), potCache),
                datasets(s.getOrDefault("zfs", List.of()), unreadable),
                sectionsNamed(s, "rdr "),
                refused(nat) ? List.of() : nat,
                sectionsNamed(s, "iface "),
                first(s, "os").map(String::strip).filter(v -> v.matches("[0-9].*")),
                first(s, "loadavg").map(v -> v.replaceAll("[{}]", "").strip()),
                unreadable);
    }

    /** When each pot's status file was last written: {@code mtime path} lines of {@code stat}. */
    private static Map<String, Instant> statusFiles(Map<String, List<String>> s, String potTmp) {
        Map<String, Instant> status = new TreeMap<>();
        String prefix = potTmp + "/pot_status_";
        for (String l : s.getOrDefault("status", List.of())) {
            Matcher m = STAT.matcher(l.strip());
            if (m.matches() && m.group(2).startsWith(prefix)) {
                status.put(m.group(2).substring(prefix.length()), Instant.ofEpochSecond(Long.parseLong(m.group(1))));
            }
        }
        return status;
    }

    /** The pid a non-persistent pot's start is still waiting on, by pot. */
    private static Map<String, String> mainPids(Map<String, List<String>> s) {
        Map<String, String> pids = new TreeMap<>();
        for (String l : s.getOrDefault("mainpid", List.of())) {
            String[] f = l.strip().split(" ", 2);
            if (!f[0].isEmpty()) {
                pids.put(f[0], f.length > 1 ? f[1].strip() : "");
            }
        }
        return pids;
    }

    /** The sections whose name starts with {@code prefix} ("rdr nginx", "iface bridge0"), by the rest of the name. */
    private static Map<String, List<String>> sectionsNamed(Map<String, List<String>> s, String prefix) {
        Map<String, List<String>> named = new TreeMap<>();
        s.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                named.put(k.substring(prefix.length()), v);
            }
        });
        return named;
    }

    /** pfctl's refusal for an account that cannot open {@code /dev/pf}. */
    static boolean refused(List<String> lines) {
        return lines.stream().anyMatch(l -> l.startsWith("pfctl:") || l.contains("Permission denied"));
    }

    private static Optional<Boolean> pfStatus(String line, Map<String, String> unreadable) {
        if (line.startsWith("Status: Enabled")) {
            return Optional.of(true);
        }
        if (line.startsWith("Status: Disabled")) {
            return Optional.of(false);
        }
        unreadable.put("pf status", line.strip());
        return Optional.empty();
    }

    private static List<HostFacts.CacheFile> cache(List<String> lines, String dir) {
        List<HostFacts.CacheFile> out = new ArrayList<>();
        for (String l : lines) {
            Matcher m = STAT.matcher(l.strip());
            if (m.matches() && m.group(2).startsWith(dir + "/")) {
                out.add(new HostFacts.CacheFile(m.group(2).substring(dir.length() + 1), Long.parseLong(m.group(1))));
            }
        }
        return out;
    }

    private static List<HostFacts.Dataset> datasets(List<String> lines, Map<String, String> unreadable) {
        List<HostFacts.Dataset> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String l : lines) {
            String[] f = l.split("\t");
            if (f.length >= 4 && f[1].matches("\\d+") && f[2].matches("\\d+")) {
                if (!seen.add(f[0])) {
                    continue; // zfs list -d 1 "$Z" "$Z/jails" lists the jails dataset twice
                }
                out.add(new HostFacts.Dataset(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), f[3]));
            } else if (!l.isBlank()) {
                unreadable.put("zfs", l.strip());
            }
        }
        return out;
    }

    private static Optional<String> first(Map<String, List<String>> s, String key) {
        return s.getOrDefault(key, List.of()).stream().filter(l -> !l.isBlank()).findFirst();
    }

    private static Map<String, List<String>> sections(String marker, List<String> lines) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String prefix = marker + " ";
        List<String> current = null;
        boolean done = false;
        for (String line : lines) {
            if (!line.startsWith(prefix)) {
                if (current != null) {
                    current.add(line);
                }
                continue;
            }
            String frame = line.substring(prefix.length());
            if (frame.startsWith("BEGIN ")) {
                current = new ArrayList<>();
                out.put(frame.substring(6), current);
            } else if (frame.equals("END")) {
                current = null;
            } else if (frame.equals("DONE")) {
                done = true;
            }
        }
        if (!done) {
            throw new IllegalStateException("the host facts script ended early (no end marker)");
        }
        return out;
    }
}
