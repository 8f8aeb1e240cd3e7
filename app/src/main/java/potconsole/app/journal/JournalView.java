package potconsole.app.journal;

import atlantafx.base.theme.Styles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Scene;
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
import potconsole.app.theme.WindowPlacement;
import potconsole.engine.journal.Journal;
import potconsole.engine.journal.JournalEntry;

/** Every command the console ran, newest first: searchable, changes only or all, exportable as CSV. */
public final class JournalView extends BorderPane {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final JournalViewModel model;
    private final ObservableList<JournalEntry> shown;
    private final TextField search = new TextField();
    private final CheckBox changesOnly = new CheckBox("Changes and failures only");
    private final TableView<JournalEntry> table;

    /** The journal in a window of its own. */
    public static void open(Window owner, Journal journal, Consumer<Runnable> onFx) {
        Stage s = new Stage();
        s.initOwner(owner);
        s.setTitle("Journal — every command the console ran");
        Scene scene = new Scene(new JournalView(new JournalViewModel(journal, onFx)), 1100, 600);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        s.setScene(scene);
        WindowPlacement.owned(s, "journal", 1100, 600);
        s.show();
    }

    public JournalView(JournalViewModel model) {
        this.model = model;
        this.shown = model.shown();
        this.table = new TableView<>(shown);
        search.setPromptText("Search commands, hosts, output");
        createTable();
        HBox bar = new HBox(10, search, changesOnly, exportButton());
        bar.setPadding(new Insets(8));
        setTop(bar);
        setCenter(table);
        search.textProperty().bindBidirectional(model.searchProperty());
        changesOnly.selectedProperty().bindBidirectional(model.changesOnlyProperty());
    }

    private void createTable() {
        table.getStyleClass().add(Styles.STRIPED);
        Label empty = new Label();
        empty.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> !search.getText().isBlank()
                                ? "No command matches \"" + search.getText().strip() + "\""
                                : changesOnly.isSelected()
                                        ? "No change or failure recorded yet (untick \"Changes and failures only\""
                                                + " to see reads too)"
                                        : "No command recorded yet",
                        search.textProperty(),
                        changesOnly.selectedProperty()));
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
    private Button exportButton() {
        Button export = new Button("Export CSV…");
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("pot-console-journal.csv");
            var file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                try (Writer w = Files.newBufferedWriter(file.toPath(), StandardCharsets.UTF_8)) {
                    Journal.writeCsv(shown, w);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
        });
        return export;
    }

    private static TableColumn<JournalEntry, String> col(String title, Function<JournalEntry, String> value, double w) {
        TableColumn<JournalEntry, String> c = new TableColumn<>(title);
        c.setPrefWidth(w);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }
}
