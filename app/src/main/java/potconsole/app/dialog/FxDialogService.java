package potconsole.app.dialog;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Dialogs as alerts owned by the main window; results delivered to callbacks, never a blocking showAndWait. */
public final class FxDialogService implements DialogService {
    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    private Alert alert(Alert.AlertType type, String title) {
        Alert a = new Alert(type);
        a.initOwner(owner);
        a.setTitle(title);
        DialogChrome.prepare(a, null);
        return a;
    }

    @Override
    public void error(String title, String headline, String details) {
        Alert a = alert(Alert.AlertType.ERROR, title);
        a.setHeaderText(headline);
        a.setContentText(null);
        TextArea area = new TextArea(details);
        area.setEditable(false);
        area.setWrapText(true);
        a.getDialogPane().setExpandableContent(area);
        a.getDialogPane().setId("error-dialog");
        a.show();
    }

    @Override
    public void info(String title, String message) {
        Alert a = alert(Alert.AlertType.INFORMATION, title);
        a.getDialogPane().setId("info-dialog");
        a.setHeaderText(null);
        a.setContentText(message);
        wrapContent(a);
        a.show();
    }

    /** Long messages wrap inside the dialog instead of widening it past the screen. */
    private static void wrapContent(Alert a) {
        Label text = new Label(a.getContentText());
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.setId("dialog-message");
        a.getDialogPane().setContent(text);
    }

    @Override
    public void confirm(String title, String message, String confirmLabel, Runnable onConfirm) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, title);
        a.setHeaderText(title);
        a.setContentText(message);
        wrapContent(a);
        ButtonType go = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        a.getButtonTypes().setAll(ButtonType.CANCEL, go);
        Button goButton = (Button) a.getDialogPane().lookupButton(go);
        goButton.setMnemonicParsing(false); // "Destroy sg-web1_0" shows its underscore
        goButton.setId("confirm-action");
        goButton.getStyleClass().add(Styles.DANGER);
        goButton.setDefaultButton(false);
        ((Button) a.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        a.getDialogPane().setId("confirm-dialog");
        a.setOnHidden(e -> {
            if (a.getResult() == go) {
                onConfirm.run();
            }
        });
        a.show();
    }

    @Override
    public void choose(String title, String message, List<String> actions, Consumer<String> onChoice) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, title);
        a.setHeaderText(title);
        a.setContentText(message);
        List<ButtonType> buttons = new ArrayList<>();
        buttons.add(ButtonType.CANCEL);
        for (int i = 0; i < actions.size(); i++) {
            buttons.add(
                    new ButtonType(actions.get(i), i == 0 ? ButtonBar.ButtonData.OK_DONE : ButtonBar.ButtonData.OTHER));
        }
        a.getButtonTypes().setAll(buttons);
        a.getDialogPane().setId("choose-dialog");
        a.setOnHidden(e -> {
            ButtonType result = a.getResult();
            if (result != null && result != ButtonType.CANCEL) {
                onChoice.accept(result.getText());
            }
        });
        a.show();
    }

    @Override
    public void prompt(
            String title,
            String label,
            String initial,
            Function<String, Optional<String>> validator,
            Consumer<String> onOk) {
        Alert a = alert(Alert.AlertType.NONE, title);
        a.setHeaderText(title);
        TextField field = new TextField(initial);
        field.setId("prompt-field");
        Label problem = new Label();
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        a.getDialogPane().setContent(new VBox(8, new Label(label), field, problem));
        // The button says what it does ("Rename", "Clone", "Create"): the first word of the title, never "OK".
        ButtonType action = new ButtonType(actionOf(title), ButtonBar.ButtonData.OK_DONE);
        a.getButtonTypes().setAll(ButtonType.CANCEL, action);
        Button ok = (Button) a.getDialogPane().lookupButton(action);
        Runnable check = () -> {
            Optional<String> p = validator.apply(field.getText());
            problem.setText(p.orElse(""));
            ok.setDisable(p.isPresent());
        };
        field.textProperty().addListener((o, was, now) -> check.run());
        check.run();
        // The same verdict marks the field (hover shows it), as on every other form.
        new FieldChecks().check(field, () -> validator.apply(field.getText()));
        a.setOnShown(e -> field.requestFocus());
        a.setOnHidden(e -> {
            if (a.getResult() == action) {
                onOk.accept(field.getText());
            }
        });
        a.show();
    }

    /** "Rename web" → "Rename"; "Run inside web" → "Run". */
    static String actionOf(String title) {
        String first = title.strip().split("\\s+", 2)[0];
        return first.isEmpty() ? "Apply" : first;
    }
}
