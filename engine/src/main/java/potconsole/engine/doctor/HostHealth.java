package potconsole.engine.doctor;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.Pot;
import potconsole.engine.model.PotState;

/**
 * A host at a glance: FreeBSD and pot versions, space of {@code POT_ZFS_ROOT} and the cache, pots by state, load and
 * uptime, whether rctl and pf are on, and whether image signatures are pinned ({@code POT_DEFAULT_SIGNATURE_PUBKEY}).
 */
public record HostHealth(
        Optional<String> osVersion,
        Optional<String> potVersion,
        Optional<HostFacts.Dataset> potRoot,
        Optional<HostFacts.Dataset> cache,
        Map<PotState, Integer> potsByState,
        Optional<String> loadAverage,
        Optional<Duration> uptime,
        Optional<Boolean> racct,
        Optional<Boolean> pf,
        boolean signaturePinned) {

    public HostHealth {
        potsByState = Map.copyOf(potsByState);
    }

    public static HostHealth of(HostInventory inv, HostFacts facts, Instant now) {
        Map<PotState, Integer> counts = new EnumMap<>(PotState.class);
        for (PotState s : PotState.values()) {
            counts.put(s, 0);
        }
        for (Pot p : inv.pots()) {
            counts.merge(p.state(), 1, Integer::sum);
        }
        String pubkey = inv.settings().get("POT_DEFAULT_SIGNATURE_PUBKEY");
        return new HostHealth(
                facts.osVersion(),
                inv.settings().version(),
                facts.dataset(inv.settings().zfsRoot()),
                facts.mountedAt(inv.settings().get("POT_CACHE")),
                counts,
                facts.loadAverage(),
                facts.bootTime().map(b -> Duration.between(b, now)),
                facts.racct(),
                facts.pfEnabled(),
                pubkey != null && !pubkey.isBlank());
    }

    public int count(PotState s) {
        return potsByState.getOrDefault(s, 0);
    }
}
