package potconsole.app.doctor;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import potconsole.app.theme.ToolWindow;
import potconsole.engine.doctor.Finding;
import potconsole.engine.doctor.FixStep;

/**
 * The doctor of one host: its health card, the findings, and the selected finding's evidence, meaning and fix (the
 * exact pot commands, run after a confirmation).
 */
public final class DoctorView extends BorderPane {
    private final DoctorViewModel model;
    private final Label status = new Label();
    private final Button again = new Button("Look again");
    private final HealthCard health;
    private final ListView<Finding> list = new ListView<>();
    private final Label title = new Label();
    private final Label severity = new Label();
    private final Label evidence = new Label();
    private final Label meaning = new Label();
    private final Label commands = new Label();
    private final Label noFix = new Label();
    private final Button fix = new Button("Fix…");

    public DoctorView(DoctorViewModel model) {
        this.model = model;
        this.health = new HealthCard(model.healthProperty());
        createControls();
        placeControls();
        bind();
    }

    public static Stage open(Window owner, DoctorViewModel model) {
        Stage stage = ToolWindow.of(owner, "Doctor — " + model.hostName(), new DoctorView(model), 1100, 700);
        stage.setOnShown(e -> model.open());
        stage.setOnHidden(e -> {
            model.close();
            model.usage().showing(false);
        });
        return stage;
    }

    private void createControls() {
        setId("doctor");
        list.setId("doctor-findings");
        list.setCellFactory(v -> new FindingCell());
        list.setPlaceholder(new Label("Nothing the doctor checks is wrong."));
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        for (Label l : List.of(evidence, commands)) {
            l.getStyleClass().add("task-log");
            l.setWrapText(true);
        }
        evidence.setId("doctor-evidence");
        commands.setId("doctor-fix-commands");
        meaning.setId("doctor-meaning");
        meaning.setWrapText(true);
        noFix.getStyleClass().add(Styles.TEXT_MUTED);
        noFix.setWrapText(true);
        fix.setId("doctor-fix");
        fix.getStyleClass().add(Styles.ACCENT);
        status.setId("doctor-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
    }

    private void placeControls() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, status, spacer, again);
        top.setPadding(new Insets(8, 12, 8, 12));
        setTop(top);
        VBox left = new VBox(8, health, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(0, 0, 8, 12));
        VBox detail = new VBox(
                10,
                title,
                severity,
                heading("What was seen"),
                evidence,
                heading("What it means"),
                meaning,
                heading("Fix"),
                commands,
                noFix,
                fix);
        detail.setPadding(new Insets(4, 12, 12, 12));
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(left, scroll);
        split.setDividerPositions(0.45);
        setCenter(tabs(split));
    }

    /** Findings first; the host overview of live usage (sampled only while its tab is shown), space, bridges. */
    private TabPane tabs(SplitPane findings) {
        HostUsageView usage = new HostUsageView(model.usage());
        Tab usageTab = new Tab("Usage", usage);
        usageTab.setId("doctor-tab-usage");
        usageTab.selectedProperty().addListener((o, was, now) -> usage.showing(now && getScene() != null));
        sceneProperty().addListener((o, was, now) -> usage.showing(now != null && usageTab.isSelected()));
        Tab space = new Tab("Space", new SpaceView(model.spaceProperty()));
        space.setId("doctor-tab-space");
        Tab bridges = new Tab("Bridges", new BridgesView(model));
        bridges.setId("doctor-tab-bridges");
        TabPane tabs = new TabPane(new Tab("Findings", findings), usageTab, space, bridges);
        tabs.setId("doctor-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_SMALL);
        return l;
    }

    private void bind() {
        status.textProperty().bind(model.statusProperty());
        again.setOnAction(e -> model.refresh());
        list.setItems(model.findings());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> show(now));
        fix.setOnAction(e -> model.fix(model.selectedProperty().get()));
        show(model.selectedProperty().get());
    }

    private void show(Finding f) {
        if (f != null && list.getSelectionModel().getSelectedItem() != f) {
            list.getSelectionModel().select(f);
        }
        title.setText(f == null ? "No finding selected" : f.title());
        severity.setText(
                f == null
                        ? ""
                        : f.severity().label()
                                + (f.pots().isEmpty() ? " · the host" : " · " + String.join(", ", f.pots())));
        evidence.setText(f == null ? "" : String.join("\n", f.evidence()));
        meaning.setText(f == null ? "" : f.meaning());
        commands.setText(
                f == null
                        ? ""
                        : String.join(
                                "\n", f.fix().stream().map(FixStep::display).toList()));
        noFix.setText(model.whyNoFix(f));
        fix.setDisable(f == null || !f.fixable());
    }

    /** A finding in the list: its severity as a coloured word, then its title. */
    private static final class FindingCell extends ListCell<Finding> {
        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            getStyleClass().removeAll(Styles.DANGER, Styles.WARNING);
            if (empty || f == null) {
                setText(null);
                return;
            }
            setText(f.severity().name() + "  " + f.title());
            switch (f.severity()) {
                case PROBLEM -> getStyleClass().add(Styles.DANGER);
                case WARNING -> getStyleClass().add(Styles.WARNING);
                default -> {}
            }
        }
    }
}
