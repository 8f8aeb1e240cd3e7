package potconsole.engine.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The whole state of one pot host, read in one round trip. Pots are sorted by name. */
public record HostInventory(
        PotSettings settings,
        List<Pot> pots,
        List<Base> bases,
        List<Fscomp> fscomps,
        List<Bridge> bridges,
        List<Flavour> flavours,
        List<String> runningJails,
        Instant capturedAt) {

    public HostInventory {
        pots = pots.stream().sorted(Comparator.comparing(Pot::name)).toList();
        bases = List.copyOf(bases);
        fscomps = List.copyOf(fscomps);
        bridges = List.copyOf(bridges);
        flavours = List.copyOf(flavours);
        runningJails = List.copyOf(runningJails);
    }

    public Optional<Pot> pot(String name) {
        return pots.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
