package potconsole.app.images;

import atlantafx.base.theme.Styles;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import potconsole.app.dialog.CommandForm;
import potconsole.app.dialog.FieldChecks;
import potconsole.app.dialog.Suggestions;

/** {@code pot import} on one page: which image, from where (as the host sees it), checked with which key. */
public final class ImportImageDialog extends Dialog<ButtonType> {
    public static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);

    private final ImportImageViewModel model;
    private final TextField pot;
    private final TextField tag;
    private final TextField url;
    private final TextField key;
    private final FieldChecks checks = new FieldChecks();

    public ImportImageDialog(Window owner, ImportImageViewModel model) {
        this.model = model;
        this.pot = field("import-pot", "the image's pot, e.g. web", model.potProperty());
        this.tag = field("import-tag", "e.g. 1.0", model.tagProperty());
        this.url = field("import-url", "file:///dir, http://… or https://…", model.urlProperty());
        this.key = field("import-key", "optional: signify public key on the host (-C)", model.publicKeyProperty());
        initOwner(owner);
        setTitle("Import an image onto " + model.host().name());
        setHeaderText("Import an image onto " + model.host().name());
        getDialogPane().setId("import-dialog");
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, IMPORT);
        CommandForm.install(
                getDialogPane(), layout(), "import", model.previewProperty(), model.problemProperty(), IMPORT, 620);
        setOnShown(e -> pot.requestFocus());
        // The field a problem belongs to is marked as it is typed; the problem line names it too.
        // A registry's images are offered as the pot and tag are typed (a long registry stays usable).
        Suggestions.offer(pot, model::offeredPots);
        Suggestions.offer(tag, model::offeredTags);
        checks.check(pot, model::potProblem);
        checks.check(tag, model::tagProblem);
        checks.check(url, model::urlProblem);
        checks.check(key, model::publicKeyProblem);
    }

    /** The form's field marks (tests look at them). */
    public FieldChecks checks() {
        return checks;
    }

    private GridPane layout() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        int r = 0;
        g.addRow(r++, new Label("Pot"), pot);
        g.addRow(r++, new Label("Tag"), tag);
        g.addRow(r++, new Label("Registry"), url);
        g.addRow(r++, new Label("Public key"), key);
        g.add(
                hint(
                        "pot fetches <pot>_<tag>.xz.skein, .xz and .meta into its cache (never twice), checks"
                                + " the hash and imports dependencies from .meta first. The new pot is <pot>_<tag> with dots as _."),
                1,
                r++);
        if (model.canPush()) {
            g.add(pushChoice(), 1, r++);
            g.add(
                    hint("For hosts that cannot reach the registry. pot then imports from its cache"
                            + " and still checks the hash; the SSH user must be able to write POT_CACHE."),
                    1,
                    r++);
        }
        return g;
    }

    /** Offered only where the console can write the host's cache itself. */
    private CheckBox pushChoice() {
        CheckBox push =
                new CheckBox("Copy the files into the host's cache from this console (SFTP), with exact progress");
        push.setId("import-push");
        push.selectedProperty().bindBidirectional(model.pushProperty());
        return push;
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        return hint;
    }

    private static TextField field(String id, String prompt, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
