package potconsole.app.main;

import atlantafx.base.theme.Styles;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import potconsole.app.action.ConsoleAction;
import potconsole.app.fleet.PotDrag;
import potconsole.app.hosts.HostsViewModel;
import potconsole.app.pots.PotsView;
import potconsole.app.pots.PotsViewModel;
import potconsole.app.state.HostEntry;

/**
 * The hosts sidebar: "All hosts" and every host with its pot count and how it was last reached; choosing a line
 * scopes the pots table to it. The host actions sit under the list.
 */
final class HostsSidebar extends VBox {
    /** A sidebar line: all hosts, or one. */
    record Scope(Optional<HostEntry> host) {}

    private final PotsViewModel pots;
    private final HostsViewModel hosts;
    private final ListView<Scope> list = new ListView<>();
    private String shown = "";
    private Consumer<HostEntry> potsDropped = host -> {};

    HostsSidebar(PotsViewModel pots, HostsViewModel hosts, ActionBinder b) {
        super(8);
        this.pots = pots;
        this.hosts = hosts;
        Label header = new Label("HOSTS");
        header.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "sidebar-header");
        list.setId("hosts");
        hosts.hosts().addListener((ListChangeListener<HostEntry>) c -> fill());
        fill();
        list.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, was, now) -> pots.scopeProperty().set(now == null ? Optional.empty() : now.host()));
        list.setCellFactory(l -> {
            HostCell cell = new HostCell(pots);
            PotDrag.target(
                    cell, () -> Optional.ofNullable(cell.getItem()).flatMap(Scope::host), h -> potsDropped.accept(h));
            return cell;
        });
        list.setPrefWidth(240);
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox buttons = new HBox(
                4,
                b.button(ConsoleAction.ADD_HOST, false),
                b.button(ConsoleAction.EDIT_HOST, false),
                b.button(ConsoleAction.TEST_HOST, false),
                b.button(ConsoleAction.HOST_RESOURCES, false),
                b.button(ConsoleAction.REMOVE_HOST, false));
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(header, list, buttons);
        setPadding(new Insets(12, 8, 8, 12));
        getStyleClass().add("sidebar");
    }

    /** Pots dragged from the table onto another host's line go to {@code drop} with that host. */
    void acceptPotDrops(Consumer<HostEntry> drop) {
        potsDropped = drop;
    }

    Optional<HostEntry> selectedHost() {
        Scope s = list.getSelectionModel().getSelectedItem();
        return s == null ? Optional.empty() : s.host();
    }

    /** Redraws the lines when what they show has changed (ages included); a redraw costs a layout and a repaint. */
    void tick() {
        String now = shownText();
        if (!now.equals(shown)) {
            shown = now;
            list.refresh();
        }
    }

    private void fill() {
        Scope was = list.getSelectionModel().getSelectedItem();
        list.getItems().setAll(new Scope(Optional.empty()));
        hosts.hosts().forEach(h -> list.getItems().add(new Scope(Optional.of(h))));
        list.getSelectionModel()
                .select(
                        was != null && list.getItems().contains(was)
                                ? was
                                : list.getItems().get(0));
    }

    /** What the lines show, as one string to compare. */
    private String shownText() {
        StringBuilder b = new StringBuilder();
        for (HostEntry h : hosts.hosts()) {
            b.append(h.name())
                    .append(h.reachProperty().get())
                    .append(h.isLoading())
                    .append(pots.rowsOf(h).size())
                    .append(h.problemProperty().get().orElse(""))
                    .append(h.lastRefreshProperty()
                            .get()
                            .map(t -> PotsView.age(Duration.between(t, Instant.now())))
                            .orElse(""))
                    .append('\n');
        }
        return b.toString();
    }

    /** A host: name, sandbox badge, pot count, reachable (age) / unreachable (why) / not read yet. */
    static final class HostCell extends ListCell<Scope> {
        private final PotsViewModel pots;

        HostCell(PotsViewModel pots) {
            this.pots = pots;
        }

        @Override
        protected void updateItem(Scope scope, boolean empty) {
            super.updateItem(scope, empty);
            if (empty || scope == null) {
                setGraphic(null);
                return;
            }
            if (scope.host().isEmpty()) {
                Label all = new Label("All hosts");
                all.getStyleClass().add(Styles.TEXT_BOLD);
                setGraphic(new VBox(2, all, small(pots.allRows().size() + " pots", false)));
                return;
            }
            HostEntry host = scope.host().get();
            Label name = new Label(host.name());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            HBox top = new HBox(6, name);
            if (host.isSandbox()) {
                Label badge = new Label("SANDBOX");
                badge.getStyleClass().add("sandbox-badge");
                top.getChildren().add(badge);
            }
            String loading = host.isLoading() ? " · refreshing…" : "";
            Label detail = switch (host.reachProperty().get()) {
                case NEVER_LOADED -> small("reading…", false);
                case REACHABLE ->
                    small(
                            pots.rowsOf(host).size() + " pots · "
                                    + host.lastRefreshProperty()
                                            .get()
                                            .map(t -> PotsView.age(Duration.between(t, Instant.now())))
                                            .orElse("")
                                    + loading,
                            false);
                case UNREACHABLE ->
                    small("unreachable: " + host.problemProperty().get().orElse("") + loading, true);
            };
            setGraphic(new VBox(2, top, detail));
        }

        private static Label small(String text, boolean danger) {
            Label l = new Label(text);
            l.getStyleClass().addAll(Styles.TEXT_SMALL, danger ? Styles.DANGER : Styles.TEXT_MUTED);
            l.setWrapText(true);
            l.setMaxWidth(210);
            return l;
        }
    }
}
