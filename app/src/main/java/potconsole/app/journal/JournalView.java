package potconsole.app.journal;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import potconsole.app.theme.ToolWindow;
import potconsole.app.theme.WindowPlacement;
import potconsole.engine.journal.JournalEntry;

/** Every command the console (and potctl) ran, newest first: searchable, changes only or all, exportable as CSV. */
public final class JournalView extends BorderPane {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final JournalViewModel model;
    private final TextField search = new TextField();
    private final CheckBox changesOnly = new CheckBox("Changes and failures only");
    private final Button export = new Button("Export CSV…");
    private final Label empty = new Label();
    private final TableView<JournalEntry> table;

    /** The journal in a window of its own; the model stops hearing of new entries when it closes. */
    public static Stage open(Window owner, JournalViewModel model) {
        Stage stage =
                ToolWindow.of(owner, "Journal — every command the console ran", new JournalView(model), 1100, 600);
        WindowPlacement.owned(stage, "journal", 1100, 600);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> model.close());
        model.follow();
        stage.show();
        return stage;
    }

    public JournalView(JournalViewModel model) {
        this.model = model;
        this.table = new TableView<>(model.shown());
        createSearch();
        createTable();
        createExport();
        place();
        bind();
    }

    private void createSearch() {
        search.setPromptText("Search commands, hosts, output");
    }

    private void createTable() {
        table.getStyleClass().add(Styles.STRIPED);
        table.setPlaceholder(empty);
        table.getColumns().add(col("Time", e -> WHEN.format(e.at()), 150));
        table.getColumns().add(col("Host", JournalEntry::host, 100));
        table.getColumns().add(col("By", JournalEntry::origin, 70));
        table.getColumns().add(col("Command", JournalEntry::commandLine, 380));
        table.getColumns().add(col("Exit", JournalViewModel::exit, 70));
        table.getColumns().add(col("Took", e -> e.duration().toMillis() + " ms", 80));
        table.getColumns().add(col("Output (tail)", e -> String.join(" ⏎ ", e.outputTail()), 400));
    }

    /** Writes the entries shown, as CSV, to a file the user picks. */
    private void createExport() {
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("pot-console-journal.csv");
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                try {
                    model.exportCsv(file.toPath());
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
        });
    }

    private void place() {
        HBox bar = new HBox(10, search, changesOnly, export);
        bar.setPadding(new Insets(8));
        setTop(bar);
        setCenter(table);
    }

    private void bind() {
        search.textProperty().bindBidirectional(model.searchProperty());
        changesOnly.selectedProperty().bindBidirectional(model.changesOnlyProperty());
        empty.textProperty().bind(model.emptyText());
    }

    private static TableColumn<JournalEntry, String> col(String title, Function<JournalEntry, String> value, double w) {
        TableColumn<JournalEntry, String> c = new TableColumn<>(title);
        c.setPrefWidth(w);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }
}
