package potconsole.app.dialog;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import potconsole.app.theme.Layouts;

/**
 * The bottom of every form that runs one command: "Will run: <the exact command>" and, in red, why it cannot run
 * yet. The OK button stays disabled while there is no command.
 */
public final class CommandForm {
    private CommandForm() {}

    /**
     * Puts {@code form}, the preview and the problem into {@code pane}.
     *
     * @param idPrefix the preview and problem labels get ids {@code <prefix>-preview} and {@code <prefix>-problem}
     */
    public static void install(
            DialogPane pane,
            Node form,
            String idPrefix,
            ObservableStringValue command,
            ObservableStringValue problem,
            ButtonType ok,
            double width) {
        Label preview = wrapped(idPrefix + "-preview", width, Styles.TEXT_SMALL);
        preview.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> command.get().isEmpty() ? "" : "Will run:  " + command.get(), command));
        Label why = wrapped(idPrefix + "-problem", width, Styles.DANGER, Styles.TEXT_SMALL);
        why.textProperty().bind(problem);
        // On a small screen the form scrolls; the command and the reason it cannot run stay in view above the buttons.
        ScrollPane scroll = new ScrollPane(Layouts.keepTextWhole(form));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox content = new VBox(12, scroll, Layouts.keepTextWhole(preview), Layouts.keepTextWhole(why));
        content.setPadding(new Insets(8));
        content.setPrefWidth(width);
        pane.setContent(content);
        pane.lookupButton(ok)
                .disableProperty()
                .bind(Bindings.createBooleanBinding(() -> command.get().isEmpty(), command));
    }

    private static Label wrapped(String id, double width, String... styles) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll(styles);
        label.setWrapText(true);
        // It wraps at the form's width: a VBox asks for its height at its preferred width.
        label.setPrefWidth(width - 16);
        label.setMinWidth(0);
        // When the dialog is short of room the form scrolls; the label never shrinks to one cut line.
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
