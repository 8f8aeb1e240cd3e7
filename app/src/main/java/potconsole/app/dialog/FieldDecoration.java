package potconsole.app.dialog;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.ValidationDecoration;

/**
 * How a wrong field looks: AtlantaFX's danger (or warning) state on the field itself, in light and dark, and the
 * message in a tooltip on hover. ControlsFX's own decorations draw PNG icons through its Decorator, which replaces the
 * window's root node (the console recognises dialogs by a DialogPane root) and reflects into JavaFX for controls not
 * yet skinned; this one only touches the control.
 */
final class FieldDecoration implements ValidationDecoration {
    /** The style class a decorated field carries (tests and CSS look for it). */
    static final String WRONG = "field-wrong";

    private static final String KEPT_TOOLTIP = FieldDecoration.class.getName() + ".tooltip";

    @Override
    public void applyValidationDecoration(ValidationMessage message) {
        Control field = message.getTarget();
        boolean error = message.getSeverity() == Severity.ERROR;
        field.pseudoClassStateChanged(Styles.STATE_DANGER, error);
        field.pseudoClassStateChanged(Styles.STATE_WARNING, !error);
        if (!field.getStyleClass().contains(WRONG)) {
            field.getStyleClass().add(WRONG);
        }
        if (!field.getProperties().containsKey(KEPT_TOOLTIP)) {
            // The field's own hint comes back once it is right again (a null is kept too).
            field.getProperties().put(KEPT_TOOLTIP, new Object[] {field.getTooltip()});
        }
        Tooltip why = new Tooltip(message.getText());
        why.setShowDelay(Duration.millis(200));
        why.setWrapText(true);
        why.setMaxWidth(480);
        why.getStyleClass().add("field-wrong-tooltip");
        field.setTooltip(why);
    }

    @Override
    public void removeDecorations(Control field) {
        field.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        field.pseudoClassStateChanged(Styles.STATE_WARNING, false);
        field.getStyleClass().remove(WRONG);
        Object kept = field.getProperties().remove(KEPT_TOOLTIP);
        if (kept instanceof Object[] tip) {
            field.setTooltip((Tooltip) tip[0]);
        }
    }

    @Override
    public void applyRequiredDecoration(Control field) {
        // Required fields are not marked: an empty field has no verdict until the form is submitted.
    }
}
