package potconsole.app.pots;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import potconsole.engine.model.PortMapping;
import potconsole.engine.model.Pot;
import potconsole.engine.model.PotState;
import potconsole.engine.model.PotType;

/** The pots table of one host: filter as you type, sortable columns, states coloured by theme tokens. */
public final class PotsView extends BorderPane {
    private final PotsViewModel model;
    private final TextField filter = new TextField();
    private final TableView<PotRow> table = new TableView<>();

    public PotsView(PotsViewModel model) {
        this.model = model;
        getStyleClass().add("pots-view");
        setTop(createToolbar());
        setCenter(createTable());
    }

    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    public TableView<PotRow> table() {
        return table;
    }

    private HBox createToolbar() {
        Label title = new Label("Pots");
        title.getStyleClass().add(Styles.TITLE_3);
        Label sandbox = new Label("SANDBOX");
        sandbox.getStyleClass().add("sandbox-badge");
        sandbox.setTooltip(new Tooltip("A simulated pot host: nothing you do here touches a real machine"));
        sandbox.setVisible(model.host().isSandbox());
        sandbox.setManaged(model.host().isSandbox());
        filter.setPromptText("Filter pots (Ctrl+F)");
        filter.setId("pot-filter");
        filter.setPrefWidth(260);
        filter.textProperty().bindBidirectional(model.filterProperty());
        Button refresh = new Button("Refresh");
        refresh.setId("refresh");
        refresh.setTooltip(new Tooltip("Read the host again (F5)"));
        refresh.disableProperty().bind(model.loadingProperty());
        refresh.setOnAction(e -> model.refresh());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(10, title, sandbox, grow, filter, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 16, 12, 16));
        return bar;
    }

    private TableView<PotRow> createTable() {
        table.setId("pots-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setTableMenuButtonVisible(true);
        SortedList<PotRow> sorted = new SortedList<>(model.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        TableColumn<PotRow, String> name = column("Name", Pot::name, 150);
        table.getColumns().add(name);
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
                        85));
        table.getColumns().add(column("Last snapshot", PotsView::lastSnapshotAge, 125));
        table.getColumns().add(column("Last run", PotsView::lastRun, 90));
        table.getColumns()
                .add(column("Image", p -> p.imageTag().map(t -> "tag " + t).orElse(""), 80));
        table.getSortOrder().add(name);
        table.setPlaceholder(placeholder());
        return table;
    }

    private StackPane placeholder() {
        Label text = new Label();
        text.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> switch (model.host().reachProperty().get()) {
                            case NEVER_LOADED, LOADING ->
                                "Reading " + model.host().name() + "…";
                            case UNREACHABLE ->
                                model.host().name() + " is unreachable: "
                                        + model.host().problemProperty().get().orElse("unknown reason");
                            case REACHABLE ->
                                model.allRows().isEmpty()
                                        ? "No pots on " + model.host().name() + " yet"
                                        : "No pot matches \""
                                                + model.filterProperty().get() + "\"";
                        },
                        model.host().reachProperty(),
                        model.host().problemProperty(),
                        model.allRows(),
                        model.filterProperty()));
        text.getStyleClass().add(Styles.TEXT_MUTED);
        return new StackPane(new VBox(text));
    }

    static String lastSnapshotAge(Pot p) {
        return p.latestSnapshot()
                .flatMap(s -> s.time())
                .map(t -> age(Duration.between(t, Instant.now())))
                .orElse("");
    }

    /** "4 min ago", "3 h ago", "2 days ago". */
    public static String age(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 60) {
            return s + " s ago";
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

    /** The exit code of the pot's last main command, when it failed ("exit 3"); "ok" after a clean run. */
    static String lastRun(Pot p) {
        return p.lastRun()
                .flatMap(l -> l.exitCode().isPresent()
                        ? java.util.Optional.of(
                                l.exitCode().getAsInt() == 0
                                        ? "ok"
                                        : "exit " + l.exitCode().getAsInt())
                        : java.util.Optional.empty())
                .orElse("");
    }

    private static TableColumn<PotRow, String> column(String title, Function<Pot, String> value, double width) {
        TableColumn<PotRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 60));
        c.setCellValueFactory(cd -> text(cd.getValue(), value));
        return c;
    }

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
                                    "The status file says started but the jail is gone: stop it before starting again")
                            : null);
            setGraphic(pill);
        }
    }
}
