package potconsole.app.jobs;

import atlantafx.base.theme.Styles;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The task drawer: every job with its phase, progress, elapsed time and cancel; the selected one's full output. */
public final class TasksView extends BorderPane {
    private final TasksViewModel model;
    private final ListView<TaskItem> list = new ListView<>();
    private final TextArea log = new TextArea();
    private TaskItem shown;
    private final ListChangeListener<String> appendLog = c -> {
        while (c.next()) {
            for (String line : c.getAddedSubList()) {
                log.appendText(line + "\n");
            }
        }
    };

    public TasksView(TasksViewModel model) {
        this.model = model;
        setId("tasks");
        getStyleClass().add("tasks-view");
        createList();
        setTop(titleBar());
        SplitPane split = new SplitPane(list, log);
        split.setDividerPositions(0.45);
        setCenter(split);
        bind();
    }

    /** Shows one task: selected, in view, its output below (a notification about it was clicked). */
    public void select(TaskItem t) {
        list.getSelectionModel().select(t);
        list.scrollTo(t);
    }

    private void createList() {
        list.setItems(model.tasks());
        list.setCellFactory(l -> new TaskCell());
        log.setEditable(false);
        log.setId("task-log");
        log.getStyleClass().add("task-log");
    }

    private HBox titleBar() {
        Label title = new Label();
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> "Tasks — " + model.runningCount().get() + " running", model.runningCount()));
        Button clear = new Button("Clear finished");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(e -> model.clearFinished());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, title, grow, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        return bar;
    }

    private void bind() {
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> show(now));
        // A one-second clock for the elapsed times, running only while a task does (an idle console stays idle).
        Timeline clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        clock.setCycleCount(Animation.INDEFINITE);
        model.runningCount().addListener((o, was, now) -> {
            if (now.intValue() > 0) {
                clock.play();
            } else {
                clock.stop();
            }
        });
        // A new task is selected, so its output shows as it runs.
        model.tasks().addListener((ListChangeListener<TaskItem>) c -> {
            while (c.next()) {
                if (c.wasAdded()) {
                    list.getSelectionModel().select(c.getAddedSubList().get(0));
                }
            }
        });
    }

    private void show(TaskItem item) {
        if (shown != null) {
            shown.output().removeListener(appendLog);
        }
        shown = item;
        log.clear();
        if (item != null) {
            item.output().forEach(l -> log.appendText(l + "\n"));
            item.output().addListener(appendLog);
        }
    }

    /**
     * One task: title, host, state, what it is doing (phase · message · bytes, rate, ETA), a progress bar
     * (indeterminate when no total is known), cancel.
     */
    static final class TaskCell extends ListCell<TaskItem> {
        @Override
        protected void updateItem(TaskItem t, boolean empty) {
            super.updateItem(t, empty);
            if (empty || t == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(t.title());
            title.getStyleClass().add(Styles.TEXT_BOLD);
            Label meta = new Label();
            meta.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            meta.textProperty()
                    .bind(Bindings.createStringBinding(
                            () -> t.host() + " · " + stateText(t),
                            t.stateProperty(),
                            t.messageProperty(),
                            t.transferProperty(),
                            t.finishedProperty(),
                            t.nowProperty()));
            Label detail = detail(t);
            Button cancel = new Button(null, new FontIcon(Feather.X));
            cancel.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            cancel.setOnAction(e -> t.cancel());
            cancel.visibleProperty().bind(t.stateProperty().isEqualTo(TaskItem.State.RUNNING));
            HBox.setHgrow(title, Priority.ALWAYS);
            VBox box = new VBox(2, new HBox(6, title, cancel), meta, detail, transfer(t), progress(t));
            box.pseudoClassStateChanged(
                    PseudoClass.getPseudoClass("failed"), t.stateProperty().get() == TaskItem.State.FAILED);
            setGraphic(box);
        }

        /** What it is doing (phase: message), while it runs. */
        private static Label detail(TaskItem t) {
            Label detail = new Label();
            detail.getStyleClass().add(Styles.TEXT_SMALL);
            detail.textProperty()
                    .bind(Bindings.createStringBinding(
                            () -> Stream.of(
                                            t.phaseProperty().get(),
                                            t.messageProperty().get())
                                    .filter(part -> part != null && !part.isBlank())
                                    .distinct()
                                    .collect(Collectors.joining(": ")),
                            t.phaseProperty(),
                            t.messageProperty()));
            detail.setWrapText(true);
            showWhileRunning(detail, t);
            return detail;
        }

        /** Bytes, rate and ETA, while it runs and moves bytes. */
        private static Label transfer(TaskItem t) {
            Label transfer = new Label();
            transfer.getStyleClass().add(Styles.TEXT_SMALL);
            transfer.textProperty().bind(t.transferProperty());
            showWhileRunning(transfer, t);
            return transfer;
        }

        private static void showWhileRunning(Label label, TaskItem t) {
            label.visibleProperty()
                    .bind(t.stateProperty()
                            .isEqualTo(TaskItem.State.RUNNING)
                            .and(label.textProperty().isNotEmpty()));
            label.managedProperty().bind(label.visibleProperty());
        }

        /** Indeterminate when no total is known; hidden once it ends. */
        private static ProgressBar progress(TaskItem t) {
            ProgressBar bar = new ProgressBar();
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.progressProperty()
                    .bind(Bindings.createDoubleBinding(
                            () -> t.stateProperty().get() == TaskItem.State.RUNNING
                                    ? (t.progressProperty().get() < 0
                                            ? ProgressBar.INDETERMINATE_PROGRESS
                                            : t.progressProperty().get())
                                    : 1.0,
                            t.stateProperty(),
                            t.progressProperty()));
            bar.visibleProperty().bind(t.stateProperty().isEqualTo(TaskItem.State.RUNNING));
            bar.managedProperty().bind(bar.visibleProperty());
            return bar;
        }

        private static String stateText(TaskItem t) {
            String time = TaskItem.describe(t.elapsed());
            return switch (t.stateProperty().get()) {
                case RUNNING -> "running " + time;
                case SUCCEEDED -> "done in " + time;
                case CANCELLED -> "cancelled after " + time;
                case FAILED -> "failed: " + t.messageProperty().get();
            };
        }
    }
}
