package potconsole.app.journal;

import atlantafx.base.theme.Styles;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import potconsole.engine.journal.Journal;
import potconsole.engine.journal.JournalEntry;

/** Every command the console ran, newest first: searchable, changes only or all, exportable as CSV. */
public final class JournalView extends BorderPane {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    /** The journal in a window of its own. */
    public static void open(javafx.stage.Window owner, Journal journal, Consumer<Runnable> onFx) {
        javafx.stage.Stage s = new javafx.stage.Stage();
        s.initOwner(owner);
        s.setTitle("Journal — every command the console ran");
        javafx.scene.Scene scene = new javafx.scene.Scene(new JournalView(journal, onFx), 1100, 600);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        s.setScene(scene);
        potconsole.app.theme.WindowPlacement.owned(s, "journal", 1100, 600);
        s.show();
    }

    public JournalView(Journal journal, Consumer<Runnable> onFx) {
        ObservableList<JournalEntry> entries = FXCollections.observableArrayList(journal.entries());
        FXCollections.reverse(entries);
        journal.addListener(e -> onFx.accept(() -> entries.add(0, e)));
        FilteredList<JournalEntry> shown = new FilteredList<>(entries);
        TextField search = new TextField();
        search.setPromptText("Search commands, hosts, output");
        CheckBox changesOnly = new CheckBox("Changes and failures only");
        changesOnly.setSelected(true);
        Runnable filter = () -> {
            String q = search.getText().toLowerCase(Locale.ROOT);
            shown.setPredicate(e -> (!changesOnly.isSelected() || e.changesState() || e.exitCode() != 0)
                    && (q.isEmpty()
                            || e.commandLine().toLowerCase(Locale.ROOT).contains(q)
                            || e.host().toLowerCase(Locale.ROOT).contains(q)
                            || String.join(" ", e.outputTail())
                                    .toLowerCase(Locale.ROOT)
                                    .contains(q)));
        };
        search.textProperty().addListener(o -> filter.run());
        changesOnly.selectedProperty().addListener(o -> filter.run());
        filter.run();
        TableView<JournalEntry> table = new TableView<>(shown);
        table.getStyleClass().add(Styles.STRIPED);
        table.getColumns().add(col("Time", e -> WHEN.format(e.at()), 150));
        table.getColumns().add(col("Host", JournalEntry::host, 100));
        table.getColumns().add(col("By", JournalEntry::origin, 70));
        table.getColumns().add(col("Command", JournalEntry::commandLine, 380));
        table.getColumns()
                .add(col(
                        "Exit",
                        e -> e.exitCode() == JournalEntry.CANCELLED
                                ? "cancelled"
                                : e.exitCode() == JournalEntry.FAILED_TO_RUN ? "not run" : String.valueOf(e.exitCode()),
                        70));
        table.getColumns().add(col("Took", e -> e.duration().toMillis() + " ms", 80));
        table.getColumns().add(col("Output (tail)", e -> String.join(" ⏎ ", e.outputTail()), 400));
        Button export = new Button("Export CSV…");
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("pot-console-journal.csv");
            var file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                try (Writer w = Files.newBufferedWriter(file.toPath(), StandardCharsets.UTF_8)) {
                    Journal.writeCsv(shown, w);
                } catch (IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            }
        });
        HBox bar = new HBox(10, search, changesOnly, export);
        bar.setPadding(new Insets(8));
        setTop(bar);
        setCenter(table);
    }

    private static TableColumn<JournalEntry, String> col(String title, Function<JournalEntry, String> value, double w) {
        TableColumn<JournalEntry, String> c = new TableColumn<>(title);
        c.setPrefWidth(w);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }
}
