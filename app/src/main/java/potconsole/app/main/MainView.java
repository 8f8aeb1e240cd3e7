package potconsole.app.main;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import potconsole.app.action.ConsoleAction;
import potconsole.app.ascode.AsCodeTab;
import potconsole.app.doctor.PotDoctorTabs;
import potconsole.app.fleet.PotDrag;
import potconsole.app.hosts.HostsViewModel;
import potconsole.app.jobs.TaskItem;
import potconsole.app.jobs.TasksView;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.pots.PotActionsViewModel;
import potconsole.app.pots.PotDetailsView;
import potconsole.app.pots.PotDetailsViewModel;
import potconsole.app.pots.PotFilterMemory;
import potconsole.app.pots.PotFilters;
import potconsole.app.pots.PotRow;
import potconsole.app.pots.PotsView;
import potconsole.app.pots.PotsViewModel;
import potconsole.app.state.HostEntry;
import potconsole.engine.model.PotState;

/** The main window: menu and toolbar, hosts in a sidebar, pots and the selected pot's details, tasks, status bar. */
public final class MainView extends BorderPane {
    private final PotsViewModel pots;
    private final HostsViewModel hosts;
    private final PotsView potsView;
    private final TextField filter = new TextField();
    private final HostsSidebar sidebar;
    private final SplitPane vertical;
    private final TasksView tasksView;
    private final Label status = new Label();

    public MainView(
            PotsViewModel pots,
            HostsViewModel hosts,
            PotActionsViewModel actions,
            PotDetailsViewModel details,
            TasksViewModel tasks,
            ActionBinder binder) {
        this.pots = pots;
        this.hosts = hosts;
        this.potsView = new PotsView(pots);
        this.tasksView = new TasksView(tasks);
        getStyleClass().add("main-view");

        bindTable(actions, details, binder);
        setTop(new VBox(MainMenus.menuBar(binder), toolBar(binder)));
        this.sidebar = new HostsSidebar(pots, hosts, binder);
        setLeft(sidebar);
        // The task drawer starts closed, only its title bar ("Tasks — 1 running") showing, so an empty drawer takes no
        // room from the pots and nothing jumps under the pointer when a task starts; Ctrl+J opens and closes it.
        vertical = new SplitPane(potsAndDetails(details, tasks), tasksView);
        layoutDrawer();
        setCenter(vertical);
        setBottom(statusBar(tasks));
    }

    /** The table's selection drives the actions and the details; its context menu and F2 are the console's. */
    private void bindTable(PotActionsViewModel actions, PotDetailsViewModel details, ActionBinder binder) {
        var selection = potsView.table().getSelectionModel();
        selection.getSelectedItems().addListener((ListChangeListener<PotRow>) c -> actions.select(c.getList()));
        // selectedItem is updated after selectedItems has fired, so the details follow it separately.
        selection
                .selectedItemProperty()
                .addListener((o, was, now) -> details.selectedProperty().set(Optional.ofNullable(now)));
        actions.setSelectionClearer(() -> potsView.table().getSelectionModel().clearSelection());
        potsView.table().setContextMenu(MainMenus.contextMenu(binder));
        // The table's own key map takes F2 (start editing a cell) even though nothing here is editable: rename.
        potsView.table().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F2 && !e.isShortcutDown() && !e.isAltDown()) {
                e.consume();
                binder.fire(ConsoleAction.RENAME);
            }
        });
        potsView.setPlaceholderText(Bindings.createStringBinding(
                this::placeholder, pots.allRows(), pots.filterProperty(), pots.scopeProperty()));
    }

    private SplitPane potsAndDetails(PotDetailsViewModel details, TasksViewModel tasks) {
        PotDetailsView detailsView = new PotDetailsView(details);
        PotDoctorTabs.addTo(detailsView, details, tasks);
        AsCodeTab.addTo(detailsView, details);
        // Neither side may claim more than the window has: the details scroll inside their own space.
        potsView.setMinWidth(200);
        detailsView.setMinWidth(240);
        SplitPane horizontal = new SplitPane(potsView, detailsView);
        horizontal.setDividerPositions(0.58);
        return horizontal;
    }

    private void layoutDrawer() {
        vertical.setOrientation(Orientation.VERTICAL);
        SplitPane.setResizableWithParent(tasksView, false);
        tasksView.setMinHeight(TASKS_CLOSED_HEIGHT);
        // Closed, the drawer shows its title bar only, not a sliver of the task list.
        tasksView
                .heightProperty()
                .addListener((o, was, now) ->
                        tasksView.getCenter().setVisible(now.doubleValue() > TASKS_CLOSED_HEIGHT + 20));
        vertical.setDividerPositions(1.0);
    }

    public PotsView potsView() {
        return potsView;
    }

    /** Pots dragged from the table onto another host in the sidebar go to {@code copyTo} with that host. */
    public void onPotsDropped(Consumer<HostEntry> copyTo) {
        PotDrag.source(potsView.table());
        sidebar.acceptPotDrops(copyTo);
    }

    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    /** The closed task drawer: its title bar only. */
    static final double TASKS_CLOSED_HEIGHT = 40;

    /** Ctrl+J and View ▸ Show tasks: opens the task drawer, or closes it when it is open. */
    public void showTasks() {
        // Open is judged by the drawer's height, so a drawer dragged open or shut by hand toggles the right way.
        vertical.setDividerPositions(tasksShown() ? 1.0 : 0.72);
    }

    /** Brings the console forward with the task drawer open on {@code t} (its notification was clicked). */
    public void openTask(TaskItem t) {
        if (getScene() != null && getScene().getWindow() instanceof Stage stage) {
            stage.setIconified(false);
            stage.toFront();
            stage.requestFocus();
        }
        if (!tasksShown()) {
            showTasks();
        }
        tasksView.select(t);
    }

    public boolean tasksShown() {
        double total = vertical.getHeight();
        double divider = vertical.getDividerPositions()[0];
        return total > 0 ? (1 - divider) * total > TASKS_CLOSED_HEIGHT + 20 : divider < 0.95;
    }

    public Optional<HostEntry> selectedHost() {
        return sidebar.selectedHost();
    }

    private ToolBar toolBar(ActionBinder b) {
        filter.setId("pot-filter");
        filter.setPromptText("Filter pots  (" + ConsoleAction.FILTER.acceleratorText() + ")");
        filter.setPrefWidth(180);
        filter.textProperty().bindBidirectional(pots.filterProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        // The text filter first, then each choice filter as an item of its own: on a narrow window the toolbar moves
        // what comes last into its overflow menu one item at a time (at 1024 px: the host filter and the buttons).
        CheckComboBox<?>[] choices = new PotFilters(pots, hosts.hosts(), PotFilterMemory.standard("main")).boxes();
        ToolBar bar = new ToolBar(
                b.button(ConsoleAction.NEW_POT, true),
                b.button(ConsoleAction.START, false),
                b.button(ConsoleAction.STOP, false),
                b.button(ConsoleAction.RESTART, false),
                b.button(ConsoleAction.SNAPSHOT, false),
                b.button(ConsoleAction.CLONE, false),
                b.button(ConsoleAction.TERMINAL, false),
                b.button(ConsoleAction.EXEC, false),
                b.button(ConsoleAction.DESTROY, false),
                grow,
                filter,
                choices[0],
                choices[1],
                choices[2],
                choices[3],
                b.button(ConsoleAction.REFRESH, false),
                b.button(ConsoleAction.PALETTE, false),
                b.button(ConsoleAction.TOGGLE_THEME, false));
        bar.setId("tool-bar");
        return bar;
    }

    private final Label notice = new Label();

    /** A short notice in the status bar (why an action cannot run). */
    public void notice(String text) {
        notice.setText(text);
        notice.pseudoClassStateChanged(PseudoClass.getPseudoClass("failed"), false);
    }

    /** A short notice in the status bar when a task ends (failures also open a dialog with pot's message). */
    public void notifyFinished(TaskItem t) {
        String mark = switch (t.stateProperty().get()) {
            case SUCCEEDED -> "✓ ";
            case FAILED -> "✗ ";
            case CANCELLED -> "⊘ ";
            case RUNNING -> "";
        };
        notice.setText(mark + t.title() + " — " + t.messageProperty().get());
        notice.pseudoClassStateChanged(
                PseudoClass.getPseudoClass("failed"), t.stateProperty().get() == TaskItem.State.FAILED);
    }

    /** Redraws the sidebar and status bar so ages ("refreshed 12 s ago") stay true. */
    public void tick() {
        sidebar.tick();
        status.setText(statusText());
    }

    private HBox statusBar(TasksViewModel tasks) {
        status.setId("status");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label running = new Label();
        running.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> tasks.runningCount().get() == 0
                                ? ""
                                : tasks.runningCount().get() + " task(s) running",
                        tasks.runningCount()));
        Label keys = new Label("F5 refresh · Ctrl+F filter · Ctrl+K commands");
        keys.getStyleClass().add(Styles.TEXT_MUTED);
        notice.setId("notice");
        notice.getStyleClass().add("notice");
        HBox bar = new HBox(12, status, notice, grow, running, keys);
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.getStyleClass().add("status-bar");
        pots.allRows().addListener((ListChangeListener<PotRow>) c -> status.setText(statusText()));
        status.setText(statusText());
        return bar;
    }

    private String statusText() {
        long total = pots.allRows().size();
        long running = pots.allRows().stream()
                .filter(r -> r.pot().state() == PotState.RUNNING)
                .count();
        long reachable = hosts.hosts().stream()
                .filter(h -> h.reachProperty().get() == HostEntry.Reach.REACHABLE)
                .count();
        return hosts.hosts().size() + " host(s), " + reachable + " reachable · " + total + " pots · " + running
                + " running";
    }

    private String placeholder() {
        Optional<HostEntry> h = pots.scopeProperty().get();
        if (h.isPresent()) {
            return switch (h.get().reachProperty().get()) {
                case NEVER_LOADED -> "Reading " + h.get().name() + "…";
                case UNREACHABLE ->
                    h.get().name() + " is unreachable: "
                            + h.get().problemProperty().get().orElse("");
                case REACHABLE ->
                    pots.rowsOf(h.get()).isEmpty()
                            ? "No pots on " + h.get().name() + " yet — New pot (Ctrl+N)"
                            : "No pot matches \"" + pots.filterProperty().get() + "\"";
            };
        }
        return pots.allRows().isEmpty()
                ? "Reading hosts…"
                : "No pot matches \"" + pots.filterProperty().get() + "\"";
    }
}
