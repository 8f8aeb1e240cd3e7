package potconsole.app.images;

import atlantafx.base.theme.Styles;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import potconsole.app.dialog.CommandForm;

/** "Run image (pot prepare)" on one page, with the exact {@code pot prepare …} line previewed. */
public final class PrepareImageDialog extends Dialog<ButtonType> {
    public static final ButtonType RUN = new ButtonType("Run", ButtonBar.ButtonData.OK_DONE);

    private final PrepareImageViewModel model;
    private final ComboBox<String> network = new ComboBox<>();
    private final CheckBox start = new CheckBox("Start it (blocks while its command runs, like pot start)");

    public PrepareImageDialog(Window owner, PrepareImageViewModel model) {
        this.model = model;
        initOwner(owner);
        setTitle("Run an image on " + model.host().name());
        setHeaderText("Run an image on " + model.host().name() + " (pot prepare)");
        getDialogPane().setId("prepare-dialog");
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, RUN);
        network.setId("prepare-network");
        network.getItems().setAll(model.networkTypes());
        network.valueProperty().bindBidirectional(model.networkProperty());
        start.selectedProperty().bindBidirectional(model.startProperty());
        CommandForm.install(
                getDialogPane(), form(), "prepare", model.previewProperty(), model.problemProperty(), RUN, 680);
    }

    /** A form builder that reads top to bottom: one row per pot prepare flag. */
    private GridPane form() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        int r = 0;
        g.addRow(
                r++, new Label("Registry (-U)"), field("prepare-url", "file:///dir or https://…", model.urlProperty()));
        g.addRow(r++, new Label("Image pot (-p)"), field("prepare-pot", "e.g. web", model.potProperty()));
        g.addRow(r++, new Label("Tag (-t)"), field("prepare-tag", "e.g. 1.0", model.tagProperty()));
        g.addRow(r++, new Label("Name (-n)"), field("prepare-name", "default: <pot>_<tag>", model.nameProperty()));
        g.addRow(
                r++,
                new Label("Allocation id (-a)"),
                field("prepare-alloc", "the new pot is <name>_<id>", model.allocationProperty()));
        g.addRow(r++, new Label("Command (-c)"), field("prepare-cmd", "optional", model.commandProperty()));
        g.addRow(r++, new Label("Network (-N)"), network);
        g.addRow(r++, new Label("Ports (-e)"), field("prepare-ports", "e.g. 80 tcp:443:8443", model.portsProperty()));
        g.addRow(
                r++,
                new Label("Public key (-C)"),
                field("prepare-key", "optional: signify key on the host", model.publicKeyProperty()));
        g.add(start, 1, r++);
        Label hint = new Label("pot imports <pot>_<tag> once per host, clones it, sets the command and makes it"
                + " non-persistent, prunable, with no rc scripts (what the Nomad driver runs).");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_SUBTLE);
        hint.setWrapText(true);
        g.add(hint, 1, r);
        return g;
    }

    private static TextField field(String id, String prompt, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
