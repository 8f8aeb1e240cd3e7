package potconsole.engine.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Parses FreeBSD {@code jls}: the default table (JID, IP Address, Hostname, Path) and {@code jls name}. */
public final class JlsParser {
    public record Jail(int jid, String ip, String hostname, String path) {}

    private JlsParser() {}

    /** The default table; the IP column may be empty, so fields are taken from both ends. */
    public static List<Jail> table(List<String> lines) {
        List<Jail> jails = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.strip().split("\\s+");
            if (f.length < 3 || !f[0].matches("[0-9]+")) {
                continue;
            }
            String ip = f.length > 3 ? String.join(" ", Arrays.copyOfRange(f, 1, f.length - 2)) : "";
            jails.add(new Jail(Integer.parseInt(f[0]), ip, f[f.length - 2], f[f.length - 1]));
        }
        return jails;
    }

    /** {@code jls name}: one jail name per line. */
    public static List<String> names(List<String> lines) {
        return lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
