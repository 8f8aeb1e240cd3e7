package potconsole.engine.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parses {@code pot ls} in all its forms (pot-spec §3.1 list.sh). */
public final class ListParser {
    private ListParser() {}

    /** {@code pot ls [-v]}: blocks separated by empty lines. "No pot created yet..." is a message, not data. */
    public static List<PotListing> pots(List<String> data) {
        List<PotListing> pots = new ArrayList<>();
        Block b = null;
        String section = "";
        for (String line : data) {
            if (line.startsWith("pot name : ")) {
                if (b != null) {
                    pots.add(b.build());
                }
                b = new Block(line.substring("pot name : ".length()));
                section = "";
                continue;
            }
            if (b == null || line.isEmpty()) {
                continue;
            }
            if (line.startsWith("\t\t")) {
                b.item(section, line.substring(2));
                continue;
            }
            BlockLine outer = BlockLine.of(line);
            if (outer.section().isPresent()) {
                section = outer.section().get();
            } else if (outer.key().isPresent()) {
                b.field(outer.key().get(), outer.value());
            }
        }
        if (b != null) {
            pots.add(b.build());
        }
        return pots;
    }

    /** {@code -q} output of any kind: one name per line. */
    public static List<String> names(List<String> data) {
        return data.stream().filter(l -> !l.isBlank()).toList();
    }

    /** {@code -b}, {@code -f}, {@code -F}, {@code -B}: lines {@code <prefix><name>}, e.g. {@code "bases: "}. */
    public static List<String> prefixed(List<String> data, String prefix) {
        return data.stream()
                .filter(l -> l.startsWith(prefix))
                .map(l -> l.substring(prefix.length()))
                .toList();
    }

    /** {@code -a}: bases, pots, fscomps, flavours and bridges in one output. */
    public static ListAll all(List<String> data) {
        return new ListAll(
                prefixed(data, "bases: "),
                pots(data),
                prefixed(data, "fscomp: "),
                prefixed(data, "flavour: "),
                prefixed(data, "bridge: "));
    }

    public record ListAll(
            List<String> bases,
            List<PotListing> pots,
            List<String> fscomps,
            List<String> flavours,
            List<String> bridges) {}

    private static final class Block {
        final String name;
        String network = "";
        Optional<String> ip = Optional.empty();
        boolean active;
        Optional<String> base = Optional.empty();
        Optional<Integer> level = Optional.empty();
        Optional<String> basePot = Optional.empty();
        final List<DatasetLine> datasets = new ArrayList<>();
        final List<String> snapshots = new ArrayList<>();

        Block(String name) {
            this.name = name;
        }

        void item(String section, String item) {
            if (section.equals("datasets")) {
                datasets.add(DatasetLine.parse(item));
            } else if (section.equals("snapshot") && !item.equals("no snapshots")) {
                snapshots.add(item);
            }
        }

        void field(String key, String value) {
            switch (key) {
                case "network" -> network = value;
                case "ip" -> ip = Optional.of(value);
                case "active" -> active = value.equals("true");
                case "base" -> base = Optional.of(value);
                case "level" -> level = Optional.of(Integer.parseInt(value));
                case "base pot" -> basePot = Optional.of(value);
                default -> {}
            }
        }

        PotListing build() {
            return new PotListing(name, network, ip, active, base, level, basePot, datasets, snapshots);
        }
    }
}
