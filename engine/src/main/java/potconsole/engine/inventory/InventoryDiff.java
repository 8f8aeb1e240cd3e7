package potconsole.engine.inventory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.Pot;

/** What changed between two inventories of one host: pots added, removed, and changed in any field. */
public record InventoryDiff(List<String> added, List<String> removed, List<String> changed) {
    public static InventoryDiff between(HostInventory before, HostInventory after) {
        return between(before.pots(), after.pots());
    }

    /** The same between two lists of one host's pots (the first read of a host compares with none). */
    public static InventoryDiff between(List<Pot> before, List<Pot> after) {
        Map<String, Pot> old = before.stream().collect(Collectors.toMap(Pot::name, Function.identity()));
        Map<String, Pot> now = after.stream().collect(Collectors.toMap(Pot::name, Function.identity()));
        Set<String> added = new TreeSet<>(now.keySet());
        added.removeAll(old.keySet());
        Set<String> removed = new TreeSet<>(old.keySet());
        removed.removeAll(now.keySet());
        Set<String> changed = new TreeSet<>();
        for (Map.Entry<String, Pot> e : now.entrySet()) {
            Pot previous = old.get(e.getKey());
            if (previous != null && !previous.equals(e.getValue())) {
                changed.add(e.getKey());
            }
        }
        return new InventoryDiff(List.copyOf(added), List.copyOf(removed), List.copyOf(changed));
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
