package potconsole.app.pots;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.IndexedCheckModel;
import potconsole.app.state.HostEntry;
import potconsole.engine.model.NetworkType;
import potconsole.engine.model.PotState;

/**
 * State, network and host filters beside the table's text filter: ControlsFX {@link CheckComboBox}es, several values
 * at once, none checked meaning all. Each window's choice is remembered ({@link PotFilterMemory}).
 */
public final class PotFilters extends HBox {
    private final CheckComboBox<PotState> states = new CheckComboBox<>();
    private final CheckComboBox<NetworkType> networks = new CheckComboBox<>();
    private final CheckComboBox<String> hosts = new CheckComboBox<>();
    private final CheckComboBox<String> tags = new CheckComboBox<>();

    public PotFilters(PotsViewModel pots, ObservableList<HostEntry> hostList, PotFilterMemory memory) {
        super(6);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("pot-filters");
        states.getItems().setAll(PotState.values());
        networks.getItems().setAll(NetworkType.values());
        hosts.getItems().setAll(names(hostList));
        // Added and removed one by one: replacing all items would uncheck (and forget) the hosts still there.
        hostList.addListener((ListChangeListener<HostEntry>) c -> {
            List<String> now = names(hostList);
            hosts.getItems().removeIf(h -> !now.contains(h));
            now.stream().filter(h -> !hosts.getItems().contains(h)).forEach(hosts.getItems()::add);
            recount(hosts);
        });
        setUp(states, "pot-filter-state", "State", PotState::label);
        setUp(networks, "pot-filter-network", "Network", NetworkType::potValue);
        setUp(hosts, "pot-filter-host", "Host", h -> h);
        setUp(tags, "pot-filter-tag", "Tag", t -> t.equals(PotsViewModel.NO_TAG) ? "no tag" : t);
        // Remembered tags first: the pots that carry them are only known once the hosts have been read.
        memory.load("tag").stream().sorted().forEach(this::addTag);
        followTags(pots);
        link(states, pots.stateFilter(), memory, "state", PotState::name, PotState::valueOf);
        link(networks, pots.networkFilter(), memory, "network", NetworkType::name, NetworkType::valueOf);
        link(hosts, pots.hostFilter(), memory, "host", h -> h, h -> h);
        link(tags, pots.tagFilter(), memory, "tag", t -> t, t -> t);
        getChildren().addAll(states, networks, hosts, tags);
    }

    /** The tags of the pots in the table, as they come and go; a checked tag stays until it is unchecked. */
    private void followTags(PotsViewModel pots) {
        Runnable sync = () -> {
            Set<String> now = pots.allRows().stream().map(PotsViewModel::tagOf).collect(Collectors.toSet());
            List<String> was = List.copyOf(tags.getItems());
            tags.getItems()
                    .removeIf(t -> !now.contains(t) && !tags.getCheckModel().isChecked(t));
            now.stream().sorted().forEach(this::addTag);
            if (!was.equals(tags.getItems())) {
                recount(tags);
            }
        };
        pots.allRows().addListener((ListChangeListener<PotRow>) c -> sync.run());
        sync.run();
    }

    /** Added at the end, one by one, so the checks stay ("no tag" sorts first in each batch). */
    private void addTag(String tag) {
        if (!tags.getItems().contains(tag)) {
            tags.getItems().add(tag);
        }
    }

    /**
     * CheckComboBox's skin writes "Tag (1/3)" only when a check changes, not when items come and go: a check changed
     * and changed back makes it count again (the choice, the view-model's set and the memory end as they were).
     */
    private static void recount(CheckComboBox<?> box) {
        if (box.getItems().isEmpty() || box.getSkin() == null) {
            return;
        }
        IndexedCheckModel<?> checks = box.getCheckModel();
        if (checks.isChecked(0)) {
            checks.clearCheck(0);
            checks.check(0);
        } else {
            checks.check(0);
            checks.clearCheck(0);
        }
    }

    private static List<String> names(ObservableList<HostEntry> hostList) {
        return hostList.stream().map(HostEntry::name).toList();
    }

    private static <T> void setUp(CheckComboBox<T> box, String id, String title, Function<T, String> label) {
        box.setId(id);
        box.setTitle(title);
        box.setShowCheckedCount(true);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
    }

    /** Restores the remembered choice, then keeps the view-model's set and the memory in step with the checks. */
    private static <T> void link(
            CheckComboBox<T> box,
            ObservableSet<T> chosen,
            PotFilterMemory memory,
            String key,
            Function<T, String> save,
            Function<String, T> restore) {
        for (String s : memory.load(key)) {
            try {
                T value = restore.apply(s);
                if (box.getItems().contains(value)) {
                    box.getCheckModel().check(value);
                    chosen.add(value);
                }
            } catch (IllegalArgumentException e) {
                // A value this version does not know is forgotten.
            }
        }
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c -> {
            Set<T> now = Set.copyOf(box.getCheckModel().getCheckedItems());
            chosen.retainAll(now);
            chosen.addAll(now);
            memory.save(key, now.stream().map(save).collect(Collectors.toSet()));
        });
    }

    /** The filter boxes, for tests and the desktop check: state, network, host, tag. */
    public CheckComboBox<?>[] boxes() {
        return new CheckComboBox<?>[] {states, networks, hosts, tags};
    }
}
