package potconsole.engine.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** POSIX {@code getopts} as pot's commands use it: flags before the first operand, {@code x:} takes a value. */
final class Getopt {
    final Map<Character, List<String>> options = new LinkedHashMap<>();
    final List<String> operands = new ArrayList<>();
    Character unknown;

    static Getopt parse(String spec, List<String> args) {
        Getopt g = new Getopt();
        int i = 0;
        while (i < args.size()) {
            String a = args.get(i);
            if (a.equals("--")) {
                i++;
                break;
            }
            if (!a.startsWith("-") || a.length() < 2) {
                break;
            }
            for (int k = 1; k < a.length(); k++) {
                char c = a.charAt(k);
                int at = spec.indexOf(c);
                if (at < 0) {
                    g.unknown = c;
                    return g;
                }
                boolean takesValue = at + 1 < spec.length() && spec.charAt(at + 1) == ':';
                if (takesValue) {
                    String value;
                    if (k + 1 < a.length()) {
                        value = a.substring(k + 1);
                    } else if (i + 1 < args.size()) {
                        value = args.get(++i);
                    } else {
                        g.unknown = c;
                        return g;
                    }
                    g.options.computeIfAbsent(c, x -> new ArrayList<>()).add(value);
                    break;
                }
                g.options.computeIfAbsent(c, x -> new ArrayList<>()).add("");
            }
            i++;
        }
        g.operands.addAll(args.subList(i, args.size()));
        return g;
    }

    boolean has(char c) {
        return options.containsKey(c);
    }

    Optional<String> value(char c) {
        List<String> v = options.get(c);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
    }

    List<String> values(char c) {
        return options.getOrDefault(c, List.of());
    }

    int count(char c) {
        return values(c).size();
    }
}
