package potconsole.app.fleet;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import potconsole.app.state.HostEntry;

/**
 * Copy or move a pot to another host on one page: where to, under which name, the plan (what the image carries and
 * what stays behind) and why it cannot run yet; once started, the copy's phase and one progress bar over the whole.
 * The dialog stays open while the copy runs: Cancel then cancels the copy, which is undone on the target.
 */
public final class CopyPotDialog extends Dialog<ButtonType> {
    public static final ButtonType COPY = new ButtonType("Copy", ButtonBar.ButtonData.OK_DONE);

    private final CopyPotViewModel model;
    /** A fleet can have many hosts: the picker filters by name as typed. */
    private final ComboBox<HostEntry> target = new SearchableComboBox<>();

    private final TextField name = new TextField();
    private final CheckBox move = new CheckBox("Move: destroy the source once the copy is checked");
    private final CheckBox snapshot = new CheckBox("Take a snapshot first if it has none (pot snapshot)");
    private final TextField keep = new TextField();
    private final Label plan = new Label();
    private final Label problem = new Label();
    private final Label phase = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private final Label outcome = new Label();

    public CopyPotDialog(Window owner, CopyPotViewModel model) {
        this.model = model;
        initOwner(owner);
        setTitle("Copy " + model.potName() + " to another host");
        setHeaderText("Copy " + model.potName() + " from " + model.sourceName());
        getDialogPane().setId("copy-dialog");
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, COPY);
        createFields();
        getDialogPane().setContent(layout());
        getDialogPane().setPrefWidth(680);
        // Several pots make a long plan: the window may grow, and the plan never shrinks below a few lines.
        setResizable(true);
        bind();
        bindButtons();
    }

    private void createFields() {
        target.setId("copy-target");
        target.getItems().setAll(model.targets());
        target.setConverter(new StringConverter<>() {
            @Override
            public String toString(HostEntry host) {
                return host == null ? "" : host.name();
            }

            @Override
            public HostEntry fromString(String text) {
                return null;
            }
        });
        name.setId("copy-name");
        if (model.renamable()) {
            name.setPromptText("the pot's name on the target");
        }
        keep.setId("copy-keep");
        keep.setPromptText("optional: a directory here to keep the image in");
        plan.setId("copy-plan");
        plan.setWrapText(true);
        // Wraps at the dialog's width and never shrinks to one cut line; long plans scroll.
        plan.setPrefWidth(620);
        plan.setMinHeight(Region.USE_PREF_SIZE);
        problem.setPrefWidth(620);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.setId("copy-problem");
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problem.setWrapText(true);
        phase.setId("copy-phase");
        bar.setId("copy-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        outcome.setId("copy-outcome");
        outcome.setWrapText(true);
    }

    private Node layout() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        int r = 0;
        g.addRow(r++, new Label("To host"), target);
        g.addRow(r++, new Label("Name there"), name);
        g.add(move, 1, r++);
        g.add(snapshot, 1, r++);
        g.addRow(r++, new Label("Keep image"), keep);
        Label planTitle = new Label("Plan");
        planTitle.getStyleClass().add(Styles.TEXT_BOLD);
        ScrollPane planScroll = new ScrollPane(new VBox(6, plan, problem));
        planScroll.setId("copy-plan-scroll");
        planScroll.setFitToWidth(true);
        planScroll.setPrefViewportHeight(210);
        planScroll.setMinViewportHeight(120);
        planScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // A taller window shows more of the plan, not more blank space under it.
        VBox.setVgrow(planScroll, Priority.ALWAYS);
        outcome.setPrefWidth(620);
        outcome.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(10, g, planTitle, planScroll, phase, bar, outcome);
    }

    private void bind() {
        target.valueProperty().bindBidirectional(model.targetProperty());
        if (model.renamable()) {
            name.textProperty().bindBidirectional(model.newNameProperty());
        }
        move.selectedProperty().bindBidirectional(model.moveProperty());
        snapshot.selectedProperty().bindBidirectional(model.snapshotFirstProperty());
        keep.textProperty().bindBidirectional(model.keepDirectoryProperty());
        plan.textProperty().bind(model.planProperty());
        problem.textProperty().bind(model.problemProperty());
        phase.textProperty().bind(model.phaseProperty());
        bar.progressProperty().bind(model.progressProperty());
        outcome.textProperty().bind(model.outcomeProperty());
        // Phase and bar appear once a copy starts, the outcome once there is one: before that the plan has the room.
        BooleanBinding started = model.runningProperty()
                .or(model.doneProperty())
                .or(model.outcomeProperty().isNotEmpty());
        for (Node row : new Node[] {phase, bar}) {
            row.visibleProperty().bind(started);
            row.managedProperty().bind(started);
        }
        outcome.visibleProperty().bind(model.outcomeProperty().isNotEmpty());
        outcome.managedProperty().bind(outcome.visibleProperty());
        for (Node field : new Node[] {target, move, snapshot, keep}) {
            field.disableProperty().bind(model.runningProperty().or(model.doneProperty()));
        }
        if (model.renamable()) {
            name.disableProperty().bind(model.runningProperty().or(model.doneProperty()));
        } else {
            name.setDisable(true);
            name.setPromptText("each keeps its name");
        }
    }

    /**
     * Copy starts the copy and keeps the dialog open; Cancel cancels a running copy, else closes. After a copy
     * succeeded, Copy stays off and Cancel reads Close.
     */
    private void bindButtons() {
        Node copy = getDialogPane().lookupButton(COPY);
        copy.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> !model.problemProperty().get().isEmpty()
                                || model.runningProperty().get()
                                || model.doneProperty().get(),
                        model.problemProperty(),
                        model.runningProperty(),
                        model.doneProperty()));
        // Done: the copy is there, a second one would only be refused; Cancel has nothing left to cancel.
        ((Button) getDialogPane().lookupButton(ButtonType.CANCEL))
                .textProperty()
                .bind(Bindings.when(model.doneProperty()).then("Close").otherwise("Cancel"));
        copy.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.start();
        });
        getDialogPane().lookupButton(ButtonType.CANCEL).addEventFilter(ActionEvent.ACTION, e -> {
            if (model.runningProperty().get()) {
                e.consume();
                model.cancel();
            }
        });
    }
}
