package potconsole.app.hosts;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
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
import potconsole.engine.exec.Privilege;
import potconsole.engine.host.HostProfile;

/** A FreeBSD host reached over SSH: address (or ~/.ssh/config alias), port, user, key, how to get root, tags. */
public final class AddHostDialog extends Dialog<Optional<HostProfile>> {
    public AddHostDialog(Window owner) {
        this(owner, Optional.empty());
    }

    /** With a profile: edit it (saving under the same name replaces it). */
    public AddHostDialog(Window owner, Optional<HostProfile> initial) {
        initOwner(owner);
        setTitle(initial.isPresent() ? "Edit host" : "Add host");
        setHeaderText(initial.map(p -> "Edit " + p.name()).orElse("Add a FreeBSD host with pot (over SSH)"));
        ButtonType add = new ButtonType(initial.isPresent() ? "Save" : "Add", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, add);
        TextField name = new TextField();
        name.setPromptText("fbsd1");
        TextField address = new TextField();
        address.setPromptText("host name, IP or ssh config alias");
        TextField port = new TextField();
        port.setPromptText("22");
        TextField user = new TextField();
        user.setPromptText("from ~/.ssh/config, else your user");
        TextField key = new TextField();
        key.setPromptText("~/.ssh/id_ed25519 (empty: agent or default keys)");
        ComboBox<Privilege> privilege = new ComboBox<>();
        privilege.getItems().addAll(Privilege.values());
        privilege.setValue(Privilege.NONE);
        TextField tags = new TextField();
        tags.setPromptText("prod, eu");
        initial.ifPresent(p -> {
            name.setText(p.name());
            name.setEditable(false);
            address.setText(p.address());
            p.port().ifPresent(x -> port.setText(String.valueOf(x)));
            p.user().ifPresent(user::setText);
            p.identity().ifPresent(key::setText);
            privilege.setValue(p.privilege());
            tags.setText(String.join(", ", p.tags()));
        });
        Label problem = new Label();
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
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
        getDialogPane().setContent(potconsole.app.theme.Layouts.keepTextWhole(box));
        getDialogPane().lookupButton(add).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                build(name, address, port, user, key, privilege, tags);
            } catch (IllegalArgumentException ex) {
                problem.setText(ex.getMessage());
                e.consume();
            }
        });
        setResultConverter(
                b -> b == add ? Optional.of(build(name, address, port, user, key, privilege, tags)) : Optional.empty());
    }

    private static HostProfile build(
            TextField name,
            TextField address,
            TextField port,
            TextField user,
            TextField key,
            ComboBox<Privilege> privilege,
            TextField tags) {
        Optional<Integer> p;
        try {
            p = port.getText().isBlank()
                    ? Optional.empty()
                    : Optional.of(Integer.parseInt(port.getText().strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The port must be a number");
        }
        List<String> t = List.of(tags.getText().split("[,\\s]+")).stream()
                .filter(s -> !s.isBlank())
                .toList();
        return new HostProfile(
                name.getText().strip(),
                address.getText().strip(),
                p,
                user.getText().isBlank()
                        ? Optional.empty()
                        : Optional.of(user.getText().strip()),
                key.getText().isBlank()
                        ? Optional.empty()
                        : Optional.of(key.getText()
                                .strip()
                                .replaceFirst(
                                        "^~",
                                        java.util.regex.Matcher.quoteReplacement(
                                                potconsole.app.connect.Connections.userHome()
                                                        .toString()))),
                privilege.getValue(),
                t);
    }
}
