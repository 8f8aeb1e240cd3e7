package potconsole.app.pots;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.OptionalInt;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import potconsole.engine.model.Attribute;
import potconsole.engine.model.PortMapping;
import potconsole.engine.model.Pot;
import potconsole.engine.model.PotState;
import potconsole.engine.model.PotType;

/** The pots table: sortable, column chooser, multi-select, states as theme-coloured pills. */
public final class PotsView extends StackPane {
    private final PotsViewModel model;
    private final TableView<PotRow> table = new TableView<>();

    public PotsView(PotsViewModel model) {
        this.model = model;
        getStyleClass().add("pots-view");
        getChildren().add(createTable());
    }

    public TableView<PotRow> table() {
        return table;
    }

    private TableView<PotRow> createTable() {
        table.setId("pots-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setTableMenuButtonVisible(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        SortedList<PotRow> sorted = new SortedList<>(model.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        TableColumn<PotRow, String> name = column("Name", Pot::name, 150);
        TableColumn<PotRow, String> host = new TableColumn<>("Host");
        host.setCellValueFactory(
                cd -> new ReadOnlyStringWrapper(cd.getValue().host().name()));
        host.setPrefWidth(100);
        host.setComparator(Comparator.naturalOrder());
        table.getColumns().add(name);
        table.getColumns().add(host);
        table.getColumns().add(stateColumn());
        table.getColumns()
                .add(column(
                        "Type", p -> p.type().potValue() + (p.type() == PotType.MULTI ? " L" + p.level() : ""), 80));
        table.getColumns().add(column("Base", p -> p.base().orElse(""), 60));
        table.getColumns().add(column("Network", p -> p.network().type().potValue(), 115));
        table.getColumns().add(column("IP", p -> p.network().primaryIp().orElse(""), 100));
        table.getColumns()
                .add(column(
                        "Ports",
                        p -> String.join(
                                " ",
                                p.exportedPorts().stream()
                                        .map(PortMapping::spec)
                                        .toList()),
                        95));
        table.getColumns()
                .add(column(
                        "Snapshots",
                        p -> p.snapshots().isEmpty()
                                ? ""
                                : String.valueOf(p.snapshots().size()),
                        100));
        table.getColumns().add(column("Last snapshot", PotsView::lastSnapshotAge, 125));
        table.getColumns().add(column("Last run", PotsView::lastRun, 90));
        table.getColumns()
                .add(column("Image", p -> p.imageTag().map(t -> "tag " + t).orElse(""), 80));
        table.getColumns().add(column("Tags", PotsView::tags, 120));
        table.getSortOrder().add(name);
        Label empty = new Label("No pots");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(empty);
        return table;
    }

    public void setPlaceholderText(ObservableValue<String> text) {
        ((Label) table.getPlaceholder()).textProperty().bind(text);
    }

    /** Tags from attributes: what differs from the defaults and matters at a glance. */
    static String tags(Pot p) {
        StringBuilder sb = new StringBuilder();
        if ("YES".equals(p.attribute(Attribute.START_AT_BOOT))) {
            sb.append("boot ");
        }
        if ("NO".equals(p.attribute(Attribute.PERSISTENT)) && p.attributes().containsKey(Attribute.PERSISTENT)) {
            sb.append("non-persistent ");
        }
        if ("YES".equals(p.attribute(Attribute.PRUNABLE))) {
            sb.append("prunable ");
        }
        if (p.origin().isPresent()) {
            sb.append("clone ");
        }
        return sb.toString().strip();
    }

    static String lastSnapshotAge(Pot p) {
        return p.latestSnapshot()
                .flatMap(s -> s.time())
                .map(t -> age(Duration.between(t, Instant.now())))
                .orElse("");
    }

    /**
     * The exit code of a non-persistent pot's application at its last run ("exit 3"; "ok" after a clean run);
     * nothing for a persistent pot, whose start command's status is no run's result.
     */
    static String lastRun(Pot p) {
        OptionalInt exit = p.lastApplicationExit();
        return exit.isEmpty() ? "" : exit.getAsInt() == 0 ? "ok" : "exit " + exit.getAsInt();
    }

    /**
     * "under a minute ago", "4 min ago", "3 h ago", "2 days ago". A host read every 20 s keeps one text, so an idle
     * console does not redraw its sidebar.
     */
    public static String age(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 60) {
            return "under a minute ago";
        }
        if (s < 3600) {
            return s / 60 + " min ago";
        }
        if (s < 86_400) {
            return s / 3600 + " h ago";
        }
        long days = s / 86_400;
        return days + (days == 1 ? " day ago" : " days ago");
    }

    private static TableColumn<PotRow, String> column(String title, Function<Pot, String> value, double width) {
        TableColumn<PotRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 60));
        c.setCellValueFactory(cd -> text(cd.getValue(), value));
        // Plain string order: the default Collator-based comparator made re-sorting 10,000 rows take ~150 ms.
        c.setComparator(Comparator.naturalOrder());
        return c;
    }

    /**
     * The value follows the row's pot: a table redraws a row only when its index or item changes, and a refresh
     * changes neither (the row object stays), so a plain value would keep showing the old one. The binding is held
     * weakly by the pot it observes and goes with its cell.
     */
    private static ObservableValue<String> text(PotRow row, Function<Pot, String> value) {
        return Bindings.createStringBinding(() -> value.apply(row.pot()), row.potProperty());
    }

    private static TableColumn<PotRow, PotState> stateColumn() {
        TableColumn<PotRow, PotState> c = new TableColumn<>("State");
        c.setPrefWidth(95);
        c.setMinWidth(95);
        c.setCellValueFactory(cd -> Bindings.createObjectBinding(
                () -> cd.getValue().pot().state(), cd.getValue().potProperty()));
        c.setCellFactory(col -> new StateCell());
        return c;
    }

    /** The state as a coloured pill; each state is a pseudo-class so the theme decides the colours. */
    static final class StateCell extends TableCell<PotRow, PotState> {
        private final Label pill = new Label();

        StateCell() {
            pill.getStyleClass().add("state-pill");
        }

        @Override
        protected void updateItem(PotState state, boolean empty) {
            super.updateItem(state, empty);
            for (PotState s : PotState.values()) {
                pill.pseudoClassStateChanged(PseudoClass.getPseudoClass(s.label()), s == state && !empty);
            }
            if (empty || state == null) {
                setGraphic(null);
                return;
            }
            pill.setText(state.label());
            pill.setTooltip(
                    state == PotState.WEDGED
                            ? new Tooltip(
                                    "The status file says started but the jail is gone: stop it, then start it again")
                            : null);
            setGraphic(pill);
        }
    }
}
