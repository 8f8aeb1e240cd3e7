package potconsole.app.pots;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import potconsole.app.dialog.FieldChecks;

/** The small controls every details tab is made of: label grids, fields with Apply, the problem under a field. */
final class DetailWidgets {
    private DetailWidgets() {}

    static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(8);
        g.setPadding(new Insets(12));
        return g;
    }

    static void row(GridPane g, int r, String label, String value) {
        Label l = new Label(label);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        Label v = new Label(value);
        v.setWrapText(true);
        g.addRow(r, l, v);
    }

    static Label problemLabel() {
        Label l = new Label();
        l.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        l.setWrapText(true);
        l.setMaxWidth(460);
        l.setManaged(false);
        return l;
    }

    static void show(Label problem, Optional<String> text) {
        problem.setText(text.orElse(""));
        problem.setManaged(text.isPresent());
    }

    /**
     * Marks {@code field} while the engine refuses what is typed, the message on hover and in its problem line; an
     * empty field has no verdict.
     */
    static void checked(TextInputControl field, Label problem, Function<String, Optional<String>> check) {
        Supplier<Optional<String>> verdict = () ->
                field.getText() == null || field.getText().isBlank() ? Optional.empty() : check.apply(field.getText());
        new FieldChecks().check(field, verdict);
        field.textProperty().addListener((o, was, now) -> show(problem, verdict.get()));
    }

    /**
     * A labelled text input with Apply; the problem (if the engine refuses the value) shows under it, and as it is
     * typed through {@code check}.
     */
    static Node edit(
            String label,
            String id,
            String value,
            String hint,
            Function<String, Optional<String>> onApply,
            Function<String, Optional<String>> check) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setPromptText(hint);
        HBox.setHgrow(field, Priority.ALWAYS);
        Label problem = problemLabel();
        Button apply = new Button("Apply");
        apply.setId(id + "-apply");
        apply.setOnAction(e -> show(problem, onApply.apply(field.getText())));
        field.setOnAction(e -> apply.fire());
        checked(field, problem, check);
        Label l = new Label(label);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        l.setWrapText(true);
        Label h = new Label(hint);
        h.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        h.setWrapText(true);
        return new VBox(4, l, new HBox(6, field, apply), h, problem);
    }

    static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setWrapText(true);
        return label;
    }
}
