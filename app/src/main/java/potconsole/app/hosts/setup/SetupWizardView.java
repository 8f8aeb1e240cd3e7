package potconsole.app.hosts.setup;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import potconsole.app.theme.ToolWindow;
import potconsole.engine.setup.SetupStep;

/**
 * The host setup wizard: the steps with their state on the left; the step on show with why it matters, its form,
 * the exact commands it runs and the last failure; check, back, next, run at the bottom.
 */
public final class SetupWizardView extends BorderPane {
    private final SetupWizardViewModel model;
    private final ListView<SetupStep> steps = new ListView<>();
    private final Label title = new Label();
    private final Label explanation = new Label();
    private final PotConfFormPane form;
    private final ComboBox<String> release = new ComboBox<>();
    private final VBox releaseRow = new VBox(4);
    private final TextArea commands = new TextArea();
    private final Label failure = new Label();
    private final Button check = new Button("Check again");
    private final Button back = new Button("Back");
    private final Button next = new Button("Next");
    private final Button run = new Button("Run this step…");
    private final Button deInit = new Button("Remove pot from this host…");

    public static Stage open(Window owner, SetupWizardViewModel model) {
        Stage stage = ToolWindow.of(owner, model.title(), new SetupWizardView(model), 980, 680);
        stage.show();
        model.check();
        return stage;
    }

    SetupWizardView(SetupWizardViewModel model) {
        this.model = model;
        this.form = new PotConfFormPane(model.form());
        createSteps();
        createDetails();
        placeControls();
        bind();
        refresh();
    }

    private void createSteps() {
        steps.setId("setup-steps");
        steps.getItems().setAll(model.steps());
        steps.setPrefWidth(260);
        steps.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SetupStep s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : mark(model.status(s)) + "  " + s.title());
            }
        });
    }

    private static String mark(SetupStep.Status status) {
        return switch (status) {
            case DONE -> "✓";
            case TODO -> "•";
            case OPTIONAL -> "○";
            case BLOCKED -> "·";
        };
    }

    private void createDetails() {
        title.getStyleClass().add(Styles.TITLE_3);
        explanation.setWrapText(true);
        release.setId("setup-release");
        release.setEditable(true);
        releaseRow.getChildren().setAll(new Label("FreeBSD release of the base"), release);
        commands.setId("setup-commands");
        commands.setEditable(false);
        commands.setWrapText(false);
        commands.setPrefRowCount(6);
        commands.getStyleClass().add("task-log");
        failure.setId("setup-failure");
        failure.setWrapText(true);
        failure.getStyleClass().add(Styles.DANGER);
        run.setId("setup-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.setDefaultButton(true);
        deInit.setId("setup-de-init");
        deInit.getStyleClass().add(Styles.DANGER);
    }

    private void placeControls() {
        VBox details =
                new VBox(12, title, explanation, form, releaseRow, new Label("Commands it runs"), commands, failure);
        VBox.setVgrow(commands, Priority.ALWAYS);
        details.setPadding(new Insets(16));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, deInit, spacer, check, back, next, run);
        buttons.setPadding(new Insets(10, 16, 14, 16));
        setLeft(steps);
        setCenter(details);
        setBottom(buttons);
    }

    private void bind() {
        steps.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null) {
                model.stepProperty().set(s);
            }
        });
        model.stepProperty().addListener((o, a, s) -> refresh());
        model.reportProperty().addListener((o, a, r) -> refresh());
        model.busyProperty().addListener((o, a, b) -> refresh());
        model.failureProperty().addListener((o, a, f) -> refresh());
        model.form().problemsProperty().addListener((o, a, p) -> refresh());
        release.valueProperty().bindBidirectional(model.releaseProperty());
        check.setOnAction(e -> model.check());
        back.setOnAction(e -> model.back());
        next.setOnAction(e -> model.next());
        run.setOnAction(e -> model.runStep());
        deInit.setOnAction(e -> model.deInit().ask());
    }

    private void refresh() {
        SetupStep s = model.stepProperty().get();
        if (steps.getSelectionModel().getSelectedItem() != s) {
            steps.getSelectionModel().select(s);
        }
        steps.refresh();
        title.setText(s.title() + (s.required() ? "" : "  (optional)"));
        explanation.setText(model.explanation(s));
        form.setVisible(s == SetupStep.POT_CONF);
        form.setManaged(s == SetupStep.POT_CONF);
        releaseRow.setVisible(s == SetupStep.BASE);
        releaseRow.setManaged(s == SetupStep.BASE);
        model.reportProperty()
                .get()
                .filter(r -> !release.getItems().equals(r.releases()))
                .ifPresent(r -> release.getItems().setAll(r.releases()));
        commands.setText(model.commands(s));
        failure.setText(model.failureProperty().get());
        run.setDisable(!model.canRun(s));
        check.setDisable(model.busyProperty().get());
        back.setDisable(s.ordinal() == 0);
        next.setDisable(s.ordinal() == SetupStep.values().length - 1);
    }
}
