package potconsole.engine.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses the zfs outputs the console reads: {@code list -H} snapshots, {@code get -H} properties, the list table. */
public final class ZfsParser {
    public record Dataset(String name, String used, String avail, String refer, String mountpoint) {}

    private ZfsParser() {}

    /** {@code zfs list -H -t snapshot -o name}: dataset → its snapshot names, in output order. */
    public static Map<String, List<String>> snapshots(List<String> lines) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String line : lines) {
            int at = line.indexOf('@');
            if (at > 0) {
                map.computeIfAbsent(line.substring(0, at), k -> new ArrayList<>())
                        .add(line.substring(at + 1).strip());
            }
        }
        return map;
    }

    /** {@code zfs get -H -o name,property,value}: dataset → property → value; "-" means unset and is dropped. */
    public static Map<String, Map<String, String>> properties(List<String> lines) {
        Map<String, Map<String, String>> map = new LinkedHashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t", 3);
            if (f.length == 3 && !f[2].equals("-")) {
                map.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], f[2]);
            }
        }
        return map;
    }

    /** {@code zfs list [-t all]} table with its header. */
    public static List<Dataset> table(List<String> lines) {
        List<Dataset> out = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.strip().split("\\s+");
            if (f.length == 5 && !f[0].equals("NAME")) {
                out.add(new Dataset(f[0], f[1], f[2], f[3], f[4]));
            }
        }
        return out;
    }
}
