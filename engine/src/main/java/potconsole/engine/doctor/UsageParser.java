package potconsole.engine.doctor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import potconsole.engine.parse.ParseException;
import potconsole.engine.parse.ResourceUsage;

/** Turns the framed output of {@link UsageScript} into one {@link UsageReading} per pot, all stamped {@code at}. */
public final class UsageParser {
    private UsageParser() {}

    public static List<UsageReading> parse(String marker, List<String> lines, Instant at) {
        List<UsageReading> out = new ArrayList<>();
        String pot = null;
        List<String> body = new ArrayList<>();
        boolean done = false;
        for (String line : lines) {
            if (line.startsWith(marker + " POT ")) {
                pot = line.substring(marker.length() + 5);
                body.clear();
            } else if (line.startsWith(marker + " EXIT ") && pot != null) {
                out.add(reading(pot, body, line.substring(marker.length() + 6).strip(), at));
                pot = null;
            } else if (line.equals(marker + " DONE")) {
                done = true;
            } else if (pot != null) {
                body.add(line);
            }
        }
        if (!done) {
            throw new IllegalStateException("the usage script ended early (no end marker)");
        }
        return out;
    }

    private static UsageReading reading(String pot, List<String> body, String exit, Instant at) {
        Optional<String> json =
                body.stream().filter(l -> l.contains("ResourceUsage")).findFirst();
        if (exit.equals("0") && json.isPresent()) {
            try {
                ResourceUsage u = ResourceUsage.parseJson(List.of(json.get()));
                return new UsageReading(
                        pot,
                        Optional.of(new UsageSample(at, u.rssBytes(), u.swapBytes(), u.cpuPercent())),
                        Optional.empty());
            } catch (ParseException e) {
                return new UsageReading(pot, Optional.empty(), Optional.of(e.getMessage()));
            }
        }
        String why = body.stream()
                .map(l -> l.replaceFirst("^#+>\\s+", "").strip())
                .filter(l -> !l.isEmpty())
                .reduce((a, b) -> b)
                .orElse("pot get-rss exited " + exit);
        return new UsageReading(pot, Optional.empty(), Optional.of(why));
    }
}
