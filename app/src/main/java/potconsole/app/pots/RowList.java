package potconsole.app.pots;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.collections.ModifiableObservableListBase;

/**
 * The rows of the pots table, able to report many changed rows as one update. A refresh that changes 10 pots then
 * costs the sorted and filtered views one pass instead of ten (each pass re-sorts thousands of rows).
 */
final class RowList extends ModifiableObservableListBase<PotRow> {
    private final List<PotRow> rows = new ArrayList<>();

    @Override
    public PotRow get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    protected void doAdd(int index, PotRow element) {
        rows.add(index, element);
    }

    @Override
    protected PotRow doSet(int index, PotRow element) {
        return rows.set(index, element);
    }

    @Override
    protected PotRow doRemove(int index) {
        return rows.remove(index);
    }

    /** Reports the given rows as updated, in one change. */
    void updated(Collection<PotRow> changed) {
        if (changed.isEmpty()) {
            return;
        }
        beginChange();
        for (int i = 0; i < rows.size(); i++) {
            if (changed.contains(rows.get(i))) {
                nextUpdate(i);
            }
        }
        endChange();
    }
}
