package potconsole.app.hosts.setup;

import atlantafx.base.theme.Styles;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import potconsole.app.dialog.FieldChecks;

/** The pot.conf form: a field per setting with its meaning beside it and pot's objection under it. */
final class PotConfFormPane extends GridPane {
    private final PotConfForm form;
    private final Map<String, Label> problems = new LinkedHashMap<>();
    private final FieldChecks checks = new FieldChecks();

    PotConfFormPane(PotConfForm form) {
        this.form = form;
        setHgap(10);
        setVgap(2);
        int row = 0;
        for (String key : form.keys()) {
            row = addRow(key, row);
        }
        form.problemsProperty().addListener((o, a, p) -> showProblems());
        showProblems();
    }

    /** A builder that reads top to bottom: name, field and hint, then the problem line under the field. */
    private int addRow(String key, int row) {
        TextField field = new TextField();
        field.setId("conf-" + key);
        field.textProperty().bindBidirectional(form.field(key));
        Label hint = new Label(PotConfForm.hint(key));
        hint.getStyleClass().add(Styles.TEXT_SUBTLE);
        Label problem = new Label();
        problem.setId("problem-" + key);
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problem.setWrapText(true);
        problems.put(key, problem);
        checks.check(
                field,
                () -> Optional.ofNullable(form.problemsProperty().get().get(key))
                        .filter(p -> !p.isEmpty()),
                form.problemsProperty());
        GridPane.setHgrow(field, Priority.ALWAYS);
        add(new Label(key), 0, row);
        add(field, 1, row);
        add(hint, 2, row);
        add(problem, 1, row + 1, 2, 1);
        return row + 2;
    }

    private void showProblems() {
        Map<String, String> p = form.problemsProperty().get();
        problems.forEach((key, label) -> {
            String text = p.getOrDefault(key, "");
            label.setText(text);
            label.setVisible(!text.isEmpty());
            label.setManaged(!text.isEmpty());
        });
    }
}
