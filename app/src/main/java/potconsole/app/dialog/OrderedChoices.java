package potconsole.app.dialog;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A list of names the user puts in order (flavours to apply): added at the end, removed, moved one place at a time.
 * Views show {@link #items()}, which they cannot change; they change it only through these methods.
 */
public final class OrderedChoices {
    private final ObservableList<String> items = FXCollections.observableArrayList();
    private final ObservableList<String> readOnly = FXCollections.unmodifiableObservableList(items);

    /** The choices in order, read-only (observe it, or hand it to a list view). */
    public ObservableList<String> items() {
        return readOnly;
    }

    public void setAll(List<String> chosen) {
        items.setAll(chosen);
    }

    public void add(String item) {
        items.add(item);
    }

    public void remove(int index) {
        if (index >= 0 && index < items.size()) {
            items.remove(index);
        }
    }

    /** Moves the item at {@code index} by {@code by} places (-1 up, 1 down) when it can; returns where it is now. */
    public int move(int index, int by) {
        int to = index + by;
        if (index < 0 || index >= items.size() || to < 0 || to >= items.size()) {
            return index;
        }
        items.add(to, items.remove(index));
        return to;
    }

    public boolean contains(String item) {
        return items.contains(item);
    }
}
