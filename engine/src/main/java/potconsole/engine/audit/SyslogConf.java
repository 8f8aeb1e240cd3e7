package potconsole.engine.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where FreeBSD's syslogd keeps pot's lines ({@code logger -p local2.info -t pot}, from this host): read from
 * {@code /etc/syslog.conf} and the directories it {@code include}s, as syslog.conf(5) says — blocks by program
 * ({@code !pot}, {@code !-devd}, {@code !*}) and host ({@code +@}, {@code +*}) that start afresh in each included
 * file, selectors applied left to right ({@code *.notice;local2.none}), comparison flags, {@code none}. FreeBSD's
 * stock file keeps {@code local2.info} nowhere: {@code *.notice} is above info and no other line names local2.
 */
public final class SyslogConf {
    /** The snippet that makes syslogd keep pot's lines, in a file of its own. */
    public static final String SNIPPET_FILE = "/usr/local/etc/syslog.d/pot.conf";

    public static final String SNIPPET = "local2.info\t/var/log/pot.log";

    /** A file syslogd appends pot's lines to, and the line (file:number) that sends them there. */
    public record Destination(String file, String rule) {}

    /**
     * The answer: the files (first the one a rule of pot's own — naming local2 or program pot — sends to), where
     * they are forwarded, and why nothing is kept when nothing is.
     */
    public record Where(List<Destination> files, List<String> forwards) {
        public Where {
            files = List.copyOf(files);
            forwards = List.copyOf(forwards);
        }

        public boolean kept() {
            return !files.isEmpty();
        }

        /** The file to read: the first one. */
        public Optional<String> file() {
            return files.stream().findFirst().map(Destination::file);
        }
    }

    private static final List<String> LEVELS =
            List.of("emerg", "alert", "crit", "err", "warning", "notice", "info", "debug");
    private static final int INFO = 6;

    private SyslogConf() {}

    /**
     * @param main the path of the main file ({@code /etc/syslog.conf})
     * @param files path → content of the main file and of every file in the directories it includes
     * @param localHost the host's name (for {@code +name} blocks)
     */
    public static Where potLines(String main, Map<String, String> files, String localHost) {
        List<Destination> specific = new ArrayList<>();
        List<Destination> general = new ArrayList<>();
        List<String> forwards = new ArrayList<>();
        Sink sink = (target, rule, own) -> {
            if (target.startsWith("@")) {
                forwards.add(target + " (" + rule + ")");
            } else if (target.startsWith("/") && !target.startsWith("/dev/")) {
                (own ? specific : general).add(new Destination(target, rule));
            }
        };
        String text = files.getOrDefault(main, "");
        String[] lines = text.split("\n", -1);
        Block block = new Block(localHost);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("include") && line.length() > 7 && Character.isWhitespace(line.charAt(7))) {
                include(line.substring(7).strip(), files, localHost, sink);
            } else {
                block.read(line, main + ":" + (i + 1), sink);
            }
        }
        List<Destination> all = new ArrayList<>(specific);
        general.stream()
                .filter(d -> all.stream().noneMatch(a -> a.file().equals(d.file())))
                .forEach(all::add);
        return new Where(all, forwards);
    }

    private static void include(String dir, Map<String, String> files, String localHost, Sink sink) {
        String prefix = dir.endsWith("/") ? dir : dir + "/";
        files.keySet().stream()
                .filter(p -> p.startsWith(prefix)
                        && p.indexOf('/', prefix.length()) < 0
                        && p.endsWith(".conf")
                        && !p.substring(prefix.length()).startsWith("."))
                .sorted()
                .forEach(p -> {
                    Block block = new Block(localHost);
                    String[] lines = files.get(p).split("\n", -1);
                    for (int i = 0; i < lines.length; i++) {
                        block.read(lines[i].strip(), p + ":" + (i + 1), sink);
                    }
                });
    }

    @FunctionalInterface
    private interface Sink {
        /** {@code own}: the rule names local2 or a block names program pot. */
        void accept(String target, String rule, boolean own);
    }

    /** The program and host block a line is in, within one file. */
    private static final class Block {
        private final String localHost;
        private boolean programMatches = true;
        private boolean programNamesPot;
        private boolean hostMatches = true;
        private boolean filterMatches = true;

        Block(String localHost) {
            this.localHost = localHost;
        }

        void read(String line, String where, Sink sink) {
            String l = line;
            if (l.startsWith("#")) {
                l = l.substring(1);
                if (l.isEmpty() || "!+-:".indexOf(l.charAt(0)) < 0) {
                    return;
                }
            }
            if (l.isEmpty()) {
                return;
            }
            switch (l.charAt(0)) {
                case '!' -> program(l.substring(1).strip());
                case '+', '-' -> host(l.charAt(0) == '+', l.substring(1).strip());
                case ':' -> filter(l.substring(1).strip());
                default -> rule(stripComment(l), where, sink);
            }
        }

        private void program(String spec) {
            if (spec.isEmpty() || spec.equals("*")) {
                programMatches = true;
                programNamesPot = false;
                return;
            }
            boolean exclude = spec.startsWith("-");
            String list = spec.startsWith("-") || spec.startsWith("+") ? spec.substring(1) : spec;
            boolean listed =
                    List.of(list.split(",")).stream().map(String::strip).anyMatch("pot"::equals);
            programMatches = exclude != listed;
            programNamesPot = !exclude && listed;
        }

        private void host(boolean plus, String spec) {
            if (spec.isEmpty() || spec.equals("*")) {
                hostMatches = true;
                return;
            }
            boolean listed =
                    List.of(spec.split(",")).stream().map(String::strip).anyMatch(this::isLocal);
            hostMatches = plus == listed;
        }

        private boolean isLocal(String name) {
            String shortName = localHost.contains(".") ? localHost.substring(0, localHost.indexOf('.')) : localHost;
            return name.equals("@") || name.equalsIgnoreCase(localHost) || name.equalsIgnoreCase(shortName);
        }

        /** {@code :programname, isequal, "pot"}; other properties cannot be told from here: such a block is skipped. */
        private void filter(String spec) {
            if (spec.isEmpty() || spec.equals("*")) {
                filterMatches = true;
                return;
            }
            String[] parts = spec.split(",", 3);
            if (parts.length < 3 || !parts[0].strip().equals("programname")) {
                filterMatches = false;
                return;
            }
            String op = parts[1].strip().toLowerCase(Locale.ROOT);
            String value = parts[2].strip().replaceAll("^\"|\"$", "");
            boolean negate = op.startsWith("!");
            String o = op.replaceFirst("^!", "").replaceFirst("^icase_", "");
            boolean hit = switch (o) {
                case "isequal" -> value.equals("pot");
                case "contains" -> "pot".contains(value);
                case "startswith" -> "pot".startsWith(value);
                case "regex", "ereregex" -> "pot".matches(".*(" + value + ").*");
                default -> false;
            };
            filterMatches = negate != hit;
        }

        private void rule(String line, String where, Sink sink) {
            String[] parts = line.split("\\s+", 2);
            if (parts.length < 2 || !programMatches || !hostMatches || !filterMatches) {
                return;
            }
            Boolean takes = null;
            boolean namesLocal2 = false;
            for (String selector : parts[0].split(";")) {
                int dot = selector.lastIndexOf('.');
                if (dot < 0) {
                    continue;
                }
                List<String> facilities = List.of(
                        selector.substring(0, dot).toLowerCase(Locale.ROOT).split(","));
                boolean local2 = facilities.contains("local2");
                if (local2 || facilities.contains("*")) {
                    takes = accepts(selector.substring(dot + 1).toLowerCase(Locale.ROOT));
                    namesLocal2 |= local2;
                }
            }
            if (Boolean.TRUE.equals(takes)) {
                String target = parts[1].strip();
                sink.accept(
                        target.startsWith("-/") ? target.substring(1) : target, where, namesLocal2 || programNamesPot);
            }
        }

        private static String stripComment(String line) {
            int hash = line.indexOf('#');
            while (hash > 0 && line.charAt(hash - 1) == '\\') {
                hash = line.indexOf('#', hash + 1);
            }
            return (hash < 0 ? line : line.substring(0, hash)).strip().replace("\\#", "#");
        }
    }

    /** Whether an info message passes a level with its comparison flags ({@code info}, {@code =debug}, {@code !notice}). */
    static boolean accepts(String spec) {
        int i = 0;
        boolean not = false;
        if (spec.startsWith("!")) {
            not = true;
            i = 1;
        }
        StringBuilder flags = new StringBuilder();
        while (i < spec.length() && "<=>".indexOf(spec.charAt(i)) >= 0) {
            flags.append(spec.charAt(i++));
        }
        String level = spec.substring(i);
        if (level.equals("none")) {
            return false;
        }
        if (level.equals("*")) {
            return !not;
        }
        int n = LEVELS.indexOf(alias(level));
        if (n < 0) {
            return false;
        }
        String f = flags.isEmpty() ? "=>" : flags.toString();
        // A higher severity has a smaller number: "> info" holds for notice and up.
        boolean hit = (f.contains("=") && INFO == n) || (f.contains(">") && INFO < n) || (f.contains("<") && INFO > n);
        return not != hit;
    }

    private static String alias(String level) {
        return switch (level) {
            case "warn" -> "warning";
            case "error" -> "err";
            case "panic" -> "emerg";
            default -> level;
        };
    }
}
