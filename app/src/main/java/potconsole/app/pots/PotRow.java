package potconsole.app.pots;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import potconsole.app.hosts.HostEntry;
import potconsole.engine.model.Pot;

/**
 * One line of the pots table. The row object stays while the pot exists; a refresh replaces only its {@link Pot},
 * so selection and scroll position survive.
 */
public final class PotRow {
    private final HostEntry host;
    private final String name;
    private final ReadOnlyObjectWrapper<Pot> pot;

    PotRow(HostEntry host, Pot pot) {
        this.host = host;
        this.name = pot.name();
        this.pot = new ReadOnlyObjectWrapper<>(pot);
    }

    public HostEntry host() {
        return host;
    }

    public String name() {
        return name;
    }

    public Pot pot() {
        return pot.get();
    }

    public ReadOnlyObjectProperty<Pot> potProperty() {
        return pot.getReadOnlyProperty();
    }

    /** Replaces the pot when it changed; says whether it did. */
    boolean update(Pot next) {
        if (next.equals(pot.get())) {
            return false;
        }
        pot.set(next);
        return true;
    }
}
