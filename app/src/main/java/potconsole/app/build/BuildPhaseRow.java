package potconsole.app.build;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One phase of a build as the window lists it: its name, where it stands, and its message or time. */
public final class BuildPhaseRow {
    /** Where a phase stands. */
    public enum State {
        WAITING,
        RUNNING,
        DONE,
        FAILED,
        CANCELLED
    }

    private final String name;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.WAITING);
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");

    BuildPhaseRow(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    void set(State s, String text) {
        state.set(s);
        detail.set(text);
    }
}
