package potconsole.engine.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses {@code pot show} (pot-spec §3.1 show.sh; sample S11). Message lines must already be removed. */
public final class ShowParser {
    private static final Pattern DATASET = Pattern.compile("dataset (.+?) usage\\s*: (.*)");

    private ShowParser() {}

    public static List<PotUsage> parse(List<String> data) {
        List<PotUsage> out = new ArrayList<>();
        Acc acc = null;
        boolean redirections = false;
        for (String line : data) {
            if (line.startsWith("pot ")) {
                if (acc != null) {
                    out.add(acc.build());
                }
                acc = new Acc(line.substring(4));
                redirections = false;
                continue;
            }
            if (acc == null || line.isBlank()) {
                continue;
            }
            if (line.startsWith("\t\t") && redirections) {
                acc.redirections.add(line.substring(2));
                continue;
            }
            String field = line.strip();
            if (field.equals("Network port redirection")) {
                redirections = true;
                continue;
            }
            acc.field(field);
        }
        if (acc != null) {
            out.add(acc.build());
        }
        return out;
    }

    private static final class Acc {
        final String name;
        String disk = "";
        Optional<String> base = Optional.empty();
        final Map<String, String> datasets = new LinkedHashMap<>();
        Optional<String> virtual = Optional.empty();
        Optional<String> physical = Optional.empty();
        Optional<String> maxCpus = Optional.empty();
        Optional<String> allocated = Optional.empty();
        final List<String> redirections = new ArrayList<>();

        Acc(String name) {
            this.name = name;
        }

        /** A {@code dataset X usage : V} line or a {@code key : value} field of the pot's block. */
        void field(String field) {
            Matcher ds = DATASET.matcher(field);
            if (ds.matches()) {
                datasets.put(ds.group(1), ds.group(2));
                return;
            }
            int colon = field.indexOf(':');
            if (colon < 0) {
                return;
            }
            String value = field.substring(colon + 1).strip();
            switch (field.substring(0, colon).strip()) {
                case "disk usage" -> disk = value;
                case "base usage" -> base = Optional.of(value);
                case "virtual memory" -> virtual = Optional.of(value);
                case "physical memory" -> physical = Optional.of(value);
                case "max amount of CPUs" -> maxCpus = Optional.of(value);
                case "allocated CPUs" -> allocated = Optional.of(value);
                default -> {}
            }
        }

        PotUsage build() {
            return new PotUsage(name, disk, base, datasets, virtual, physical, maxCpus, allocated, redirections);
        }
    }
}
