package potconsole.engine.doctor;

import java.util.List;
import java.util.Optional;

/**
 * One link of a pot's network chain (type → bridge → IP → ports → pf rules → external interface): what it is, the
 * lines that show it, and — when it is broken — what is missing ({@code kind} names the doctor check) and the pot
 * commands that mend it. {@code unknown} says why a link could not be checked (pf rules need root).
 */
public record NetLink(
        String label,
        String value,
        List<String> evidence,
        Optional<String> broken,
        Optional<String> kind,
        Optional<String> unknown,
        List<FixStep> fix) {
    public NetLink {
        evidence = List.copyOf(evidence);
        fix = List.copyOf(fix);
    }

    static NetLink ok(String label, String value, List<String> evidence) {
        return new NetLink(label, value, evidence, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    static NetLink unknown(String label, String value, String why) {
        return new NetLink(label, value, List.of(), Optional.empty(), Optional.empty(), Optional.of(why), List.of());
    }

    static NetLink broken(
            String label, String value, List<String> evidence, String kind, String why, List<FixStep> fix) {
        return new NetLink(label, value, evidence, Optional.of(why), Optional.of(kind), Optional.empty(), fix);
    }

    public boolean isBroken() {
        return broken.isPresent();
    }

    /** "ok", "broken" or "unknown", for lists and JSON. */
    public String status() {
        return broken.isPresent() ? "broken" : unknown.isPresent() ? "unknown" : "ok";
    }
}
