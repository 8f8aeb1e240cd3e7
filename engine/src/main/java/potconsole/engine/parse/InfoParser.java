package potconsole.engine.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Parses the forms of {@code pot info} (pot-spec §3.1 info.sh; samples S8–S10). */
public final class InfoParser {
    private InfoParser() {}

    /** {@code info [-v] -p pot}. */
    public static PotInfo pot(List<String> data) {
        InfoBlock block = new InfoBlock();
        data.forEach(block::line);
        return block.build();
    }

    /** One pot's block as it is read: outer {@code key : value} fields and sections of indented items. */
    private static final class InfoBlock {
        String name = "";
        final Map<String, String> fields = new LinkedHashMap<>();
        final Map<String, String> attributes = new LinkedHashMap<>();
        final Map<String, String> jail = new LinkedHashMap<>();
        final List<DatasetLine> datasets = new ArrayList<>();
        final List<String> snapshots = new ArrayList<>();
        Optional<List<String>> ports = Optional.empty();
        String section = "";

        void line(String line) {
            if (line.startsWith("pot name : ")) {
                name = line.substring("pot name : ".length());
            } else if (line.startsWith("\t\t")) {
                item(line.substring(2));
            } else if (!line.isEmpty()) {
                BlockLine outer = BlockLine.of(line);
                if (outer.section().isPresent()) {
                    section = outer.section().get();
                } else if (outer.key().isPresent()) {
                    fields.put(outer.key().get(), outer.value());
                }
            }
        }

        private void item(String item) {
            if (item.startsWith("exported ports: ")) {
                ports = Optional.of(List.of(
                        item.substring("exported ports: ".length()).trim().split("\\s+")));
                return;
            }
            if (item.equals("no ports exported")) {
                ports = Optional.of(List.of());
                return;
            }
            switch (section) {
                case "datasets" -> datasets.add(DatasetLine.parse(item));
                case "snapshots" -> {
                    if (!item.equals("no snapshots")) {
                        snapshots.add(item);
                    }
                }
                case "attributes" -> putPair(attributes, item);
                case "jail attributes" -> putPair(jail, item);
                case "resource limits" -> putPair(fields, item);
                default -> {}
            }
        }

        PotInfo build() {
            return new PotInfo(
                    name,
                    fields.getOrDefault("type", ""),
                    fields.getOrDefault("base", ""),
                    Integer.parseInt(fields.getOrDefault("level", "0")),
                    Optional.ofNullable(fields.get("base pot")),
                    fields.getOrDefault("network_type", ""),
                    Optional.ofNullable(fields.get("ip")),
                    Optional.ofNullable(fields.get("bridge")),
                    ports,
                    "true".equals(fields.get("active")),
                    datasets,
                    snapshots,
                    attributes,
                    jail,
                    Optional.ofNullable(fields.get("max amount cpus")),
                    Optional.ofNullable(fields.get("max amount memory")));
        }
    }

    private static void putPair(Map<String, String> map, String item) {
        int colon = item.indexOf(": ");
        if (colon > 0) {
            map.put(item.substring(0, colon), item.substring(colon + 2));
        } else if (item.endsWith(":")) {
            map.put(item.substring(0, item.length() - 1), "");
        }
    }

    /** {@code info -s [-v] -p pot}: snapshot names (the {@code -v} form carries a date after {@code ": ->"}). */
    public static List<String> snapshots(List<String> data) {
        return data.stream()
                .filter(l -> !l.isBlank())
                .map(l -> l.contains(": ->") ? l.substring(0, l.indexOf(": ->")) : l.strip())
                .toList();
    }

    /** {@code info -E -p pot}: {@code export KEY=value} lines. */
    public static Map<String, String> environment(List<String> data) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : data) {
            if (line.startsWith("export ")) {
                String assignment = line.substring("export ".length());
                int eq = assignment.indexOf('=');
                if (eq > 0) {
                    env.put(assignment.substring(0, eq), assignment.substring(eq + 1));
                }
            }
        }
        return env;
    }

    /** One address of {@code info -B bridge} (potnet show -b): IP and its description. */
    public record BridgeAddress(String ip, String description) {}

    public static List<BridgeAddress> bridge(List<String> data) {
        List<BridgeAddress> out = new ArrayList<>();
        for (String line : data) {
            String[] parts = line.strip().split("\t", 2);
            if (parts.length == 2) {
                out.add(new BridgeAddress(parts[0], parts[1].strip()));
            }
        }
        return out;
    }
}
