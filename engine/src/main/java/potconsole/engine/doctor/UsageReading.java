package potconsole.engine.doctor;

import java.util.Optional;

/** One pot's part of a host sample: its figures, or pot's refusal (rctl off, not running, not root). */
public record UsageReading(String pot, Optional<UsageSample> sample, Optional<String> refusal) {
    /** pot's refusal when rctl is off (pot-spec §3.1, transcript 39). */
    public boolean rctlOff() {
        return refusal.filter(r -> r.contains("rctl")).isPresent();
    }
}
