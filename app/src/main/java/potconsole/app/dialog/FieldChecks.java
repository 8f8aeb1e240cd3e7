package potconsole.app.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * One validation look for every form: a ControlsFX {@link ValidationSupport} marks the field that is wrong (see
 * {@link FieldDecoration}) and shows the message on hover. The verdict is always the view-model's (which asks the
 * engine's rules): a check here only names the field a problem belongs to, it never decides one.
 *
 * <pre>
 * FieldChecks checks = new FieldChecks();
 * checks.check(name, model::nameProblem);
 * checks.check(ip, model::networkProblem, model.networkProperty(), model.bridgeProperty());
 * </pre>
 */
public final class FieldChecks {
    private final ValidationSupport support = new ValidationSupport();
    private final List<Control> fields = new ArrayList<>();

    public FieldChecks() {
        support.setValidationDecorator(new FieldDecoration());
    }

    /**
     * Marks {@code field} while {@code problem} has a message. Checked again when the field's value changes and when
     * any of {@code alsoOn} does (a check that depends on other fields).
     */
    public FieldChecks check(Control field, Supplier<Optional<String>> problem, Observable... alsoOn) {
        support.registerValidator(
                field,
                false,
                (Control c, Object value) -> ValidationResult.fromErrorIf(
                        c, problem.get().orElse(""), problem.get().isPresent()));
        fields.add(field);
        for (Observable o : alsoOn) {
            o.addListener(x -> support.revalidate(field));
        }
        return this;
    }

    /** Checks every field again (after something the checks read changed outside the form). */
    public void revalidate() {
        fields.forEach(support::revalidate);
    }

    /** True while a field is marked wrong. */
    public ReadOnlyBooleanProperty invalidProperty() {
        return support.invalidProperty();
    }

    /** The message a field is marked with, if it is. */
    public Optional<String> problemOf(Control field) {
        return support.getHighestMessage(field).map(m -> m.getText());
    }

    /** Whether a field carries the wrong-field decoration now (for tests and the desktop smoke). */
    public static boolean marked(Control field) {
        return field.getStyleClass().contains(FieldDecoration.WRONG);
    }
}
