package potconsole.app.nomad;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import potconsole.app.dialog.DialogService;
import potconsole.app.dialog.FieldChecks;
import potconsole.app.theme.ToolWindow;
import potconsole.engine.nomad.NomadJob;

/** The Nomad job generator: the driver's parameters on the left, the job as HCL and JSON on the right. */
public final class NomadJobWindow extends SplitPane {
    private final NomadJobViewModel model;
    private final DialogService dialogs;
    private final TextArea hcl;
    private final TextArea json;
    private final TabPane formats;
    private final Label problems = new Label();
    private final Label notes = new Label();
    private final Button copy = new Button("Copy");
    private final Button save = new Button("Save…");
    private final FieldChecks checks = new FieldChecks();

    public static Stage open(Window owner, NomadJobViewModel model, DialogService dialogs) {
        String title = "Nomad job — " + model.potProperty().get() + " "
                + model.tagProperty().get();
        Stage stage = ToolWindow.of(owner, title, new NomadJobWindow(model, dialogs), 1180, 760);
        stage.show();
        return stage;
    }

    private NomadJobWindow(NomadJobViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        this.hcl = output("nomad-hcl", model.hclProperty());
        this.json = output("nomad-json", model.jsonProperty());
        this.formats = new TabPane(new Tab("HCL (nomad job run)", hcl), new Tab("JSON (HTTP API)", json));
        createOutputs();
        ScrollPane left = new ScrollPane(form());
        left.setFitToWidth(true);
        VBox right = new VBox(8, formats, problems, notes, new HBox(8, copy, save));
        right.setPadding(new Insets(0, 0, 0, 8));
        getItems().addAll(left, right);
        setDividerPositions(0.45);
        bind();
    }

    /** The driver's parameters, one row each, in the order of the pot task driver's documentation. */
    private GridPane form() {
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.setPadding(new Insets(4, 12, 4, 4));
        // The labels keep their width; the fields take the rest.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        imageRows(form);
        taskRows(form);
        jobRows(form);
        return form;
    }

    private void imageRows(GridPane form) {
        heading(form, "Image");
        row(form, "image", field("nomad-image", model.imageProperty(), "https://registry.example.org/pots"));
        row(form, "pot", field("nomad-pot", model.potProperty(), "the image's pot name"));
        row(form, "tag", field("nomad-tag", model.tagProperty(), "e.g. 1.0"));
    }

    private void taskRows(GridPane form) {
        heading(form, "Task");
        row(form, "command", field("nomad-command", model.commandProperty(), "one word, e.g. nginx"));
        row(
                form,
                "args",
                area("nomad-args", model.argsProperty(), "one argument per line, e.g. -g, then 'daemon off;'"));
        row(form, "network_mode", networkMode());
        row(
                form,
                "port_map",
                area("nomad-port-map", model.portMapProperty(), "LABEL = PORT-IN-POT, one per line, e.g. http = 80"));
        form.add(ports(), 1, form.getRowCount());
        row(form, "copy", area("nomad-copy", model.copyProperty(), "/host/file:/path/in/pot, one per line"));
        row(form, "mount", area("nomad-mount", model.mountProperty(), "/host/dir:/mount/point, one per line"));
        row(form, "mount_read_only", area("nomad-mount-ro", model.mountReadOnlyProperty(), "/host/dir:/mount/point"));
        row(form, "extra_hosts", area("nomad-extra-hosts", model.extraHostsProperty(), "host:IP, one per line"));
        row(
                form,
                "attributes",
                area("nomad-attributes", model.attributesProperty(), "attribute:value, e.g. no-rc-script:YES"));
    }

    private void jobRows(GridPane form) {
        heading(form, "Job");
        row(form, "job", field("nomad-job", model.jobProperty(), "job name"));
        row(form, "group", field("nomad-group", model.groupProperty(), "group name"));
        row(form, "task", field("nomad-task", model.taskProperty(), "task name"));
        row(form, "datacenters", field("nomad-dcs", model.datacentersProperty(), "dc1, dc2"));
        unchecked(form, "count", spinner(model.countProperty(), 1, 1000));
        unchecked(form, "cpu (MHz)", spinner(model.cpuProperty(), 1, 1_000_000));
        unchecked(form, "memory (MB)", spinner(model.memoryProperty(), 1, 1_000_000));
    }

    private static void heading(GridPane form, String text) {
        form.addRow(form.getRowCount(), title(text));
    }

    /** A parameter's row; its field is marked with the problems the check names for that parameter. */
    private void row(GridPane form, String label, Control field) {
        checks.check(field, () -> model.problemOf(label), model.problemsProperty());
        form.addRow(form.getRowCount(), new Label(label), field);
    }

    private static void unchecked(GridPane form, String label, Node field) {
        form.addRow(form.getRowCount(), new Label(label), field);
    }

    private ComboBox<String> networkMode() {
        ComboBox<String> mode = new ComboBox<>();
        mode.setId("nomad-network-mode");
        mode.getItems().addAll(NomadJob.PUBLIC_BRIDGE, NomadJob.HOST);
        mode.valueProperty().bindBidirectional(model.networkModeProperty());
        return mode;
    }

    private Label ports() {
        Label ports = new Label();
        ports.setId("nomad-ports");
        ports.setWrapText(true);
        ports.getStyleClass().addAll(Styles.TEXT_SMALL);
        ports.textProperty().bind(model.portsProperty());
        return ports;
    }

    private void createOutputs() {
        formats.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(formats, Priority.ALWAYS);
        problems.setId("nomad-problems");
        problems.setWrapText(true);
        problems.getStyleClass().add(Styles.DANGER);
        notes.setId("nomad-notes");
        notes.setWrapText(true);
        copy.setId("nomad-copy-button");
        save.setId("nomad-save");
    }

    private void bind() {
        problems.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> String.join(
                                "\n",
                                model.problemsProperty().get().stream()
                                        .map(Object::toString)
                                        .toList()),
                        model.problemsProperty()));
        notes.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> String.join(
                                "\n",
                                model.notesProperty().get().stream()
                                        .map(n -> "Note — " + n)
                                        .toList()),
                        model.notesProperty()));
        copy.setOnAction(e -> copyShown());
        save.setOnAction(e -> saveShown());
        copy.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> !model.problemsProperty().get().isEmpty(), model.problemsProperty()));
        save.disableProperty().bind(copy.disableProperty());
    }

    private boolean showingHcl() {
        return formats.getSelectionModel().getSelectedIndex() == 0;
    }

    private void copyShown() {
        ClipboardContent content = new ClipboardContent();
        content.putString(showingHcl() ? hcl.getText() : json.getText());
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void saveShown() {
        boolean asHcl = showingHcl();
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(model.job().job() + (asHcl ? ".nomad" : ".json"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            try {
                save(file.toPath(), asHcl ? hcl.getText() : json.getText());
            } catch (IOException ex) {
                dialogs.error("Cannot save the job", ex.getMessage(), file.toString());
            }
        }
    }

    /** Written beside the target and moved over it, so a failed save leaves the old file whole. */
    static void save(Path file, String text) throws IOException {
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

    private static TextField field(String id, StringProperty value, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(value);
        GridPane.setHgrow(f, Priority.ALWAYS);
        return f;
    }

    private static TextArea area(String id, StringProperty value, String prompt) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPromptText(prompt);
        a.setPrefRowCount(2);
        a.textProperty().bindBidirectional(value);
        GridPane.setHgrow(a, Priority.ALWAYS);
        return a;
    }

    private static Spinner<Integer> spinner(IntegerProperty value, int min, int max) {
        Spinner<Integer> s = new Spinner<>(min, max, value.get());
        s.setEditable(true);
        s.valueProperty().addListener((o, was, now) -> value.set(now));
        return s;
    }

    private static TextArea output(String id, StringBinding text) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setEditable(false);
        a.setStyle("-fx-font-family: 'Monospaced';");
        a.textProperty().bind(text);
        return a;
    }
}
