package potconsole.app.pots;

import javafx.beans.binding.ObjectBinding;
import potconsole.app.state.HostEntry;
import potconsole.engine.model.Pot;

/**
 * One line of the pots table: a host and a pot name. The pot itself is always read from the host's inventory, the
 * one copy; the row object stays while the pot exists, so selection and scroll position survive refreshes.
 */
public final class PotRow {
    private final HostEntry host;
    private final String name;
    private final ObjectBinding<Pot> pot;
    private Pot last;

    PotRow(HostEntry host, String name) {
        this.host = host;
        this.name = name;
        this.last = host.pot(name).orElseThrow(() -> new IllegalArgumentException(name + " is not on " + host));
        this.pot = new ObjectBinding<>() {
            {
                bind(host.inventoryProperty());
            }

            @Override
            protected Pot computeValue() {
                // A pot that just left the inventory keeps its last state until its row goes, in the same update.
                host.pot(name).ifPresent(p -> last = p);
                return last;
            }
        };
    }

    public HostEntry host() {
        return host;
    }

    public String name() {
        return name;
    }

    /** The pot as its host's last inventory has it. */
    public Pot pot() {
        return pot.get();
    }

    /** Follows the host's inventory: changes when a refresh changes this pot. */
    public ObjectBinding<Pot> potProperty() {
        return pot;
    }
}
