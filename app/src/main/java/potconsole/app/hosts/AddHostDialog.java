package potconsole.app.hosts;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import potconsole.app.dialog.FieldChecks;
import potconsole.app.theme.Layouts;
import potconsole.engine.exec.Privilege;
import potconsole.engine.host.HostProfile;

/** A FreeBSD host reached over SSH: address (or ~/.ssh/config alias), port, user, key, how to get root, tags. */
public final class AddHostDialog extends Dialog<Optional<HostProfile>> {
    private final AddHostViewModel model;
    private final ButtonType ok;
    private final TextField name = new TextField();
    private final TextField address = new TextField();
    private final TextField port = new TextField();
    private final TextField user = new TextField();
    private final TextField key = new TextField();
    private final ComboBox<Privilege> privilege = new ComboBox<>();
    private final TextField tags = new TextField();
    private final Label problem = new Label();
    private final FieldChecks checks = new FieldChecks();

    public AddHostDialog(Window owner) {
        this(owner, Optional.empty());
    }

    /** With a profile: edit it (saving under the same name replaces it). */
    public AddHostDialog(Window owner, Optional<HostProfile> initial) {
        this.model = new AddHostViewModel(initial);
        this.ok = new ButtonType(model.okLabel(), ButtonBar.ButtonData.OK_DONE);
        initOwner(owner);
        setTitle(model.title());
        setHeaderText(model.header());
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, ok);
        createFields();
        getDialogPane().setContent(Layouts.keepTextWhole(layout()));
        bind();
    }

    private void createFields() {
        name.setId("host-name");
        address.setId("host-address");
        port.setId("host-port");
        name.setPromptText("fbsd1");
        name.setEditable(!model.editing());
        address.setPromptText("host name, IP or ssh config alias");
        port.setPromptText("22");
        user.setPromptText("from ~/.ssh/config, else your user");
        key.setPromptText("~/.ssh/id_ed25519 (empty: agent or default keys)");
        privilege.getItems().addAll(Privilege.values());
        tags.setPromptText("prod, eu");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
    }

    private VBox layout() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.addRow(0, new Label("Name"), name);
        g.addRow(1, new Label("Address"), address);
        g.addRow(2, new Label("Port"), port);
        g.addRow(3, new Label("User"), user);
        g.addRow(4, new Label("Key file"), key);
        g.addRow(5, new Label("Root via"), privilege);
        g.addRow(6, new Label("Tags"), tags);
        Label hint =
                new Label("A read-only account only needs to be in group pot; changes need root, sudo -n or doas.");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        VBox box = new VBox(10, g, hint, problem);
        box.setPadding(new Insets(8));
        box.setPrefWidth(520);
        return box;
    }

    private void bind() {
        name.textProperty().bindBidirectional(model.nameProperty());
        address.textProperty().bindBidirectional(model.addressProperty());
        port.textProperty().bindBidirectional(model.portProperty());
        user.textProperty().bindBidirectional(model.userProperty());
        key.textProperty().bindBidirectional(model.keyProperty());
        privilege.valueProperty().bindBidirectional(model.privilegeProperty());
        tags.textProperty().bindBidirectional(model.tagsProperty());
        problem.setId("host-problem");
        problem.textProperty().bind(model.problemProperty());
        // The field a problem belongs to is marked as it is typed; Add still names the problem under the form.
        checks.check(name, model::nameProblem);
        checks.check(address, model::addressProblem);
        checks.check(port, model::portProblem);
        // The dialog stays open on a form that makes no profile; the reason shows under it.
        getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            if (model.accept().isEmpty()) {
                e.consume();
            }
        });
        setResultConverter(b -> b == ok ? Optional.of(model.profile()) : Optional.empty());
    }

    /** The form's field checks (tests read which field is marked). */
    public FieldChecks checks() {
        return checks;
    }
}
