package potconsole.app.nomad;

import atlantafx.base.theme.Styles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import potconsole.app.dialog.DialogService;
import potconsole.engine.nomad.NomadJob;

/** The Nomad job generator: the driver's parameters on the left, the job as HCL and JSON on the right. */
public final class NomadJobWindow {
    private NomadJobWindow() {}

    public static Stage open(Window owner, NomadJobViewModel model, DialogService dialogs) {
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.setPadding(new Insets(4, 12, 4, 4));
        // The labels keep their width; the fields take the rest.
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        int r = 0;
        form.addRow(r++, title("Image"));
        form.addRow(
                r++,
                new Label("image"),
                field("nomad-image", model.imageProperty(), "https://registry.example.org/pots"));
        form.addRow(r++, new Label("pot"), field("nomad-pot", model.potProperty(), "the image's pot name"));
        form.addRow(r++, new Label("tag"), field("nomad-tag", model.tagProperty(), "e.g. 1.0"));
        form.addRow(r++, title("Task"));
        form.addRow(r++, new Label("command"), field("nomad-command", model.commandProperty(), "one word, e.g. nginx"));
        form.addRow(
                r++,
                new Label("args"),
                area("nomad-args", model.argsProperty(), "one argument per line, e.g. -g, then 'daemon off;'"));
        ComboBox<String> mode = new ComboBox<>();
        mode.setId("nomad-network-mode");
        mode.getItems().addAll(NomadJob.PUBLIC_BRIDGE, NomadJob.HOST);
        mode.valueProperty().bindBidirectional(model.networkModeProperty());
        form.addRow(r++, new Label("network_mode"), mode);
        form.addRow(
                r++,
                new Label("port_map"),
                area("nomad-port-map", model.portMapProperty(), "LABEL = PORT-IN-POT, one per line, e.g. http = 80"));
        Label ports = new Label();
        ports.setId("nomad-ports");
        ports.setWrapText(true);
        ports.getStyleClass().addAll(Styles.TEXT_SMALL);
        ports.textProperty().bind(model.portsProperty());
        form.add(ports, 1, r++);
        form.addRow(
                r++,
                new Label("copy"),
                area("nomad-copy", model.copyProperty(), "/host/file:/path/in/pot, one per line"));
        form.addRow(
                r++,
                new Label("mount"),
                area("nomad-mount", model.mountProperty(), "/host/dir:/mount/point, one per line"));
        form.addRow(
                r++,
                new Label("mount_read_only"),
                area("nomad-mount-ro", model.mountReadOnlyProperty(), "/host/dir:/mount/point"));
        form.addRow(
                r++,
                new Label("extra_hosts"),
                area("nomad-extra-hosts", model.extraHostsProperty(), "host:IP, one per line"));
        form.addRow(
                r++,
                new Label("attributes"),
                area("nomad-attributes", model.attributesProperty(), "attribute:value, e.g. no-rc-script:YES"));
        form.addRow(r++, title("Job"));
        form.addRow(r++, new Label("job"), field("nomad-job", model.jobProperty(), "job name"));
        form.addRow(r++, new Label("group"), field("nomad-group", model.groupProperty(), "group name"));
        form.addRow(r++, new Label("task"), field("nomad-task", model.taskProperty(), "task name"));
        form.addRow(r++, new Label("datacenters"), field("nomad-dcs", model.datacentersProperty(), "dc1, dc2"));
        form.addRow(r++, new Label("count"), spinner(model.countProperty(), 1, 1000));
        form.addRow(r++, new Label("cpu (MHz)"), spinner(model.cpuProperty(), 1, 1_000_000));
        form.addRow(r++, new Label("memory (MB)"), spinner(model.memoryProperty(), 1, 1_000_000));
        ScrollPane left = new ScrollPane(form);
        left.setFitToWidth(true);

        TextArea hcl = output("nomad-hcl", model.hclProperty());
        TextArea json = output("nomad-json", model.jsonProperty());
        TabPane formats = new TabPane(new Tab("HCL (nomad job run)", hcl), new Tab("JSON (HTTP API)", json));
        formats.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(formats, Priority.ALWAYS);
        Label problems = new Label();
        problems.setId("nomad-problems");
        problems.setWrapText(true);
        problems.getStyleClass().add(Styles.DANGER);
        problems.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> String.join(
                                "\n",
                                model.problemsProperty().get().stream()
                                        .map(Object::toString)
                                        .toList()),
                        model.problemsProperty()));
        Label notes = new Label();
        notes.setId("nomad-notes");
        notes.setWrapText(true);
        notes.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> String.join(
                                "\n",
                                model.notesProperty().get().stream()
                                        .map(n -> "Note — " + n)
                                        .toList()),
                        model.notesProperty()));
        Button copy = new Button("Copy");
        copy.setId("nomad-copy-button");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(formats.getSelectionModel().getSelectedIndex() == 0 ? hcl.getText() : json.getText());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        Button save = new Button("Save…");
        save.setId("nomad-save");
        save.setOnAction(e -> {
            boolean asHcl = formats.getSelectionModel().getSelectedIndex() == 0;
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(model.job().job() + (asHcl ? ".nomad" : ".json"));
            java.io.File file = chooser.showSaveDialog(hcl.getScene().getWindow());
            if (file != null) {
                try {
                    save(file.toPath(), asHcl ? hcl.getText() : json.getText());
                } catch (java.io.IOException ex) {
                    dialogs.error("Cannot save the job", ex.getMessage(), file.toString());
                }
            }
        });
        copy.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> !model.problemsProperty().get().isEmpty(), model.problemsProperty()));
        save.disableProperty().bind(copy.disableProperty());
        VBox right = new VBox(8, formats, problems, notes, new HBox(8, copy, save));
        right.setPadding(new Insets(0, 0, 0, 8));

        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.45);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Nomad job — " + model.potProperty().get() + " "
                + model.tagProperty().get());
        Scene scene = new Scene(split, 1180, 760);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    /** Written beside the target and moved over it, so a failed save leaves the old file whole. */
    static void save(Path file, String text) throws java.io.IOException {
        Path part = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".part");
        try {
            Files.writeString(part, text, StandardCharsets.UTF_8);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(value);
        GridPane.setHgrow(f, Priority.ALWAYS);
        return f;
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPromptText(prompt);
        a.setPrefRowCount(2);
        a.textProperty().bindBidirectional(value);
        GridPane.setHgrow(a, Priority.ALWAYS);
        return a;
    }

    private static Spinner<Integer> spinner(javafx.beans.property.IntegerProperty value, int min, int max) {
        Spinner<Integer> s = new Spinner<>(min, max, value.get());
        s.setEditable(true);
        s.valueProperty().addListener((o, was, now) -> value.set(now));
        return s;
    }

    private static TextArea output(String id, javafx.beans.binding.StringBinding text) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setEditable(false);
        a.setStyle("-fx-font-family: 'Monospaced';");
        a.textProperty().bind(text);
        return a;
    }
}
