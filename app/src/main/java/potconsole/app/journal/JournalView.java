package potconsole.app.journal;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import potconsole.app.theme.ToolWindow;
import potconsole.app.theme.WindowPlacement;
import potconsole.engine.audit.AuditTrail;
import potconsole.engine.audit.HostLogSource;

/**
 * One audit trail, newest first: every command the console and potctl ran beside each host's pot log (CLI, cron, the
 * Nomad driver), marked by origin; filtered by host, pot, search text, changes only; exportable as CSV or JSON. Under
 * the filters, what is known of each host's log — the file read, or the line that would make syslogd keep one.
 */
public final class JournalView extends BorderPane {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    /** How often an open window reads the hosts' logs again (one exec per host). */
    private static final Duration HOST_LOG_EVERY = Duration.seconds(15);

    private final JournalViewModel model;
    private final TextField search = new TextField();
    private final ComboBox<String> host = new ComboBox<>();
    private final ComboBox<String> pot = new ComboBox<>();
    private final CheckBox changesOnly = new CheckBox("Changes and failures only");
    private final Button reread = new Button("Read hosts' logs");
    private final Button exportCsv = new Button("Export CSV…");
    private final Button exportJson = new Button("Export JSON…");
    private final Label sources = new Label();
    private final Label empty = new Label();
    private final TableView<AuditTrail.Event> table;

    /** The journal in a window of its own, reading the hosts' logs while open; closing it stops both. */
    public static Stage open(Window owner, JournalViewModel model) {
        Stage stage = ToolWindow.of(
                owner, "Journal — the console's commands and the hosts' pot logs", new JournalView(model), 1200, 650);
        WindowPlacement.owned(stage, "journal", 1200, 650);
        Timeline again = new Timeline(new KeyFrame(HOST_LOG_EVERY, e -> model.readHostLogs()));
        again.setCycleCount(Animation.INDEFINITE);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            again.stop();
            model.close();
        });
        model.follow();
        model.readHostLogs();
        again.play();
        stage.show();
        return stage;
    }

    public JournalView(JournalViewModel model) {
        this.model = model;
        this.table = new TableView<>(model.shown());
        createFilters();
        createTable();
        createButtons();
        place();
        bind();
    }

    private void createFilters() {
        search.setPromptText("Search commands, hosts, who, output");
        host.getItems().setAll(model.hostChoices());
        host.setId("journal-host");
        host.setPrefWidth(140);
        pot.setPrefWidth(160);
        search.setPrefWidth(220);
        pot.setId("journal-pot");
        pot.setItems(model.potChoices());
        host.setConverter(Choices.allAs("All hosts"));
        pot.setConverter(Choices.allAs("All pots"));
        sources.setId("journal-sources");
        sources.setWrapText(true);
        sources.getStyleClass().addAll(Styles.TEXT_SMALL);
    }

    private void createTable() {
        table.getStyleClass().add(Styles.STRIPED);
        table.setPlaceholder(empty);
        table.getColumns().add(col("Time", e -> WHEN.format(e.at()), 175));
        table.getColumns().add(col("Host", AuditTrail.Event::host, 90));
        table.getColumns().add(col("Origin", JournalViewModel::origin, 160));
        table.getColumns().add(col("Who", AuditTrail.Event::who, 245));
        table.getColumns().add(col("Pot", e -> e.pot().orElse("—"), 110));
        table.getColumns().add(col("Command", AuditTrail.Event::commandLine, 360));
        table.getColumns().add(col("Exit", JournalViewModel::exit, 60));
        table.getColumns()
                .add(col(
                        "Took",
                        e -> e.entry().map(x -> x.duration().toMillis() + " ms").orElse(""),
                        70));
        table.getColumns()
                .add(col(
                        "Output (tail)",
                        e -> e.entry()
                                .map(x -> String.join(" ⏎ ", x.outputTail()))
                                .orElse(""),
                        300));
    }

    /** Exports the events shown to a file the user picks (written atomically). */
    private void createButtons() {
        reread.setOnAction(e -> model.readHostLogs());
        exportCsv.setOnAction(e -> save("pot-console-journal.csv", model::exportCsv));
        exportJson.setOnAction(e -> save("pot-console-journal.json", model::exportJson));
    }

    private interface Export {
        void to(Path file) throws IOException;
    }

    private void save(String name, Export export) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            try {
                export.to(file.toPath());
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
    }

    private void place() {
        // Full labels on every control; a narrow window wraps them onto a second row instead of truncating.
        FlowPane bar = new FlowPane(10, 6, search, host, pot, changesOnly, reread, exportCsv, exportJson);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setId("journal-bar");
        for (Region r : new Region[] {search, host, pot, changesOnly, reread, exportCsv, exportJson}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
            r.setMaxWidth(Region.USE_PREF_SIZE);
        }
        VBox top = new VBox(6, bar, sources);
        top.setPadding(new Insets(8));
        setTop(top);
        setCenter(table);
    }

    private void bind() {
        search.textProperty().bindBidirectional(model.searchProperty());
        changesOnly.selectedProperty().bindBidirectional(model.changesOnlyProperty());
        host.valueProperty().bindBidirectional(model.hostProperty());
        pot.valueProperty().bindBidirectional(model.potProperty());
        empty.textProperty().bind(model.emptyText());
        model.sources().addListener((ListChangeListener<HostLogSource>) c -> showSources());
        showSources();
    }

    private void showSources() {
        sources.setText(String.join(
                "\n",
                model.sources().stream().map(s -> "pot log of " + s.describe()).toList()));
    }

    private static TableColumn<AuditTrail.Event, String> col(
            String title, Function<AuditTrail.Event, String> value, double w) {
        TableColumn<AuditTrail.Event, String> c = new TableColumn<>(title);
        c.setPrefWidth(w);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setCellFactory(column -> new FullTextCell<>());
        return c;
    }
}
