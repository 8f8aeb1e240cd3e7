package potconsole.app.flavours;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import potconsole.engine.flavour.FlavourFile;
import potconsole.engine.flavour.FlavourLine;

/**
 * A flavour's command file twice, kept in step: as rows (one {@link FlavourLine} each) and as text. Editing either
 * rewrites the other; the file's final newline is kept as it was. FX thread only.
 */
final class FlavourRows {
    private final ObservableList<FlavourLine> lines = FXCollections.observableArrayList();
    private final ObservableList<FlavourLine> linesView = FXCollections.unmodifiableObservableList(lines);
    private final StringProperty text = new SimpleStringProperty("");
    private boolean finalNewline = true;
    private boolean syncing;

    FlavourRows(Runnable changed) {
        lines.addListener((ListChangeListener<FlavourLine>) c -> {
            if (!syncing) {
                syncing = true;
                text.set(new FlavourFile(lines, finalNewline || lines.isEmpty()).render());
                syncing = false;
            }
            changed.run();
        });
        text.addListener((o, was, now) -> {
            if (!syncing) {
                syncing = true;
                FlavourFile file = FlavourFile.parse(now);
                finalNewline = file.finalNewline() || now.isEmpty();
                lines.setAll(file.lines());
                syncing = false;
            }
            changed.run();
        });
    }

    /** The rows, read-only: they change through the methods below or the text. */
    ObservableList<FlavourLine> lines() {
        return linesView;
    }

    StringProperty textProperty() {
        return text;
    }

    /** Shows a stored command file, keeping whether it ended in a newline. */
    void load(String commandFile) {
        finalNewline = commandFile.isEmpty() || commandFile.endsWith("\n");
        text.set(commandFile);
    }

    void add(FlavourLine line) {
        lines.add(line);
    }

    /** See {@link FlavourEditorViewModel#replace}. */
    boolean replace(int index, FlavourLine shown, FlavourLine line) {
        if (index < 0 || index >= lines.size() || !lines.get(index).raw().equals(shown.raw())) {
            return false;
        }
        if (!lines.get(index).equals(line)) {
            lines.set(index, line);
        }
        return true;
    }

    void remove(int index) {
        lines.remove(index);
    }

    boolean move(int index, int delta) {
        int target = index + delta;
        if (index < 0 || index >= lines.size() || target < 0 || target >= lines.size()) {
            return false;
        }
        FlavourLine line = lines.remove(index);
        lines.add(target, line);
        return true;
    }
}
