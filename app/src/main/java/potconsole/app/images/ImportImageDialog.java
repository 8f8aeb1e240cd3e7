package potconsole.app.images;

import atlantafx.base.theme.Styles;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** {@code pot import} on one page: which image, from where (as the host sees it), checked with which key. */
public final class ImportImageDialog extends Dialog<ButtonType> {
    public static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);

    public ImportImageDialog(Window owner, ImportImageViewModel model) {
        initOwner(owner);
        setTitle("Import an image onto " + model.host().name());
        setHeaderText("Import an image onto " + model.host().name());
        getDialogPane().setId("import-dialog");
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, IMPORT);

        TextField pot = field("import-pot", "the image's pot, e.g. web", model.potProperty());
        TextField tag = field("import-tag", "e.g. 1.0", model.tagProperty());
        TextField url = field("import-url", "file:///dir, http://… or https://…", model.urlProperty());
        TextField key = field("import-key", "optional: signify public key on the host (-C)", model.publicKeyProperty());
        Label hint = new Label("pot fetches <pot>_<tag>.xz.skein, .xz and .meta into its cache (never twice), checks"
                + " the hash and imports dependencies from .meta first. The new pot is <pot>_<tag> with dots as _.");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);

        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        int r = 0;
        g.addRow(r++, new Label("Pot"), pot);
        g.addRow(r++, new Label("Tag"), tag);
        g.addRow(r++, new Label("Registry"), url);
        g.addRow(r++, new Label("Public key"), key);
        g.add(hint, 1, r++);
        if (model.canPush()) {
            javafx.scene.control.CheckBox push = new javafx.scene.control.CheckBox(
                    "Copy the files into the host's cache from this console (SFTP), with exact progress");
            push.setId("import-push");
            push.selectedProperty().bindBidirectional(model.pushProperty());
            Label pushHint = new Label("For hosts that cannot reach the registry. pot then imports from its cache"
                    + " and still checks the hash; the SSH user must be able to write POT_CACHE.");
            pushHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            pushHint.setWrapText(true);
            g.add(push, 1, r++);
            g.add(pushHint, 1, r++);
        }

        potconsole.app.dialog.CommandForm.install(
                getDialogPane(), g, "import", model.previewProperty(), model.problemProperty(), IMPORT, 620);
        setOnShown(e -> pot.requestFocus());
    }

    private static TextField field(String id, String prompt, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
