package potconsole.app.flavours;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import potconsole.app.dialog.FieldChecks;
import potconsole.engine.flavour.FlavourCommand;
import potconsole.engine.flavour.FlavourLine;
import potconsole.engine.flavour.LintFinding;

/**
 * One command-file row: a drag handle, the command picker, the form fitted to it and a remove button. The row is
 * rebuilt only when its line changes from outside (the text view, a move), so typing in a field keeps focus.
 */
final class LineCell extends ListCell<FlavourLine> {
    static final DataFormat ROW = new DataFormat("application/x-potconsole-flavour-row");
    private final FlavourEditorViewModel model;
    private final HostNames names;
    private String shown;
    /** The line this row shows and edits: an edit only counts while the model still has it at this index. */
    private FlavourLine shownLine;
    /** The marks on this row's fields, made anew with its form. */
    private FieldChecks checks;

    LineCell(FlavourEditorViewModel model, HostNames names) {
        this.model = model;
        this.names = names;
        model.findings().addListener((ListChangeListener<LintFinding>) c -> {
            if (checks != null) {
                checks.revalidate();
            }
        });
        setOnDragDetected(e -> {
            if (getItem() == null) {
                return;
            }
            var board = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.put(ROW, getIndex());
            board.setContent(content);
            e.consume();
        });
        setOnDragOver(e -> {
            if (e.getDragboard().hasContent(ROW)) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            if (e.getDragboard().hasContent(ROW)) {
                int from = (Integer) e.getDragboard().getContent(ROW);
                int to = getItem() == null ? model.lines().size() - 1 : getIndex();
                e.setDropCompleted(model.move(from, to - from));
                getListView().getSelectionModel().clearAndSelect(to);
            }
            e.consume();
        });
    }

    @Override
    protected void updateItem(FlavourLine line, boolean empty) {
        super.updateItem(line, empty);
        if (empty || line == null) {
            shown = null;
            shownLine = null;
            checks = null;
            setGraphic(null);
            setText(null);
            return;
        }
        if (line.raw().equals(shown) && getGraphic() != null) {
            return;
        }
        shown = line.raw();
        shownLine = line;
        Label handle = new Label("⋮⋮");
        handle.getStyleClass().add(Styles.TEXT_MUTED);
        var form = RowForms.form(line, next -> commit(getIndex(), next), names);
        HBox.setHgrow(form, Priority.ALWAYS);
        Button remove = new Button("✕");
        remove.getStyleClass().addAll(Styles.FLAT, Styles.DANGER);
        remove.setId("row-remove");
        remove.setOnAction(e -> model.remove(getIndex()));
        markFields(form);
        HBox row = new HBox(8, handle, commandChoice(line), form, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        setText(null);
        setGraphic(row);
    }

    /** The row's inputs carry the linter's errors on its line (pot's rules, as the findings list says them). */
    private void markFields(Node form) {
        checks = new FieldChecks();
        List<Node> inputs = form instanceof Parent p ? p.getChildrenUnmodifiable() : List.of(form);
        inputs.stream()
                .filter(n -> n instanceof TextField || n instanceof ComboBox)
                .forEach(n -> checks.check((Control) n, this::rowProblem));
    }

    private Optional<String> rowProblem() {
        int line = getIndex() + 1;
        List<String> errors = model.findings().stream()
                .filter(f -> f.line() == line && f.severity() == LintFinding.Severity.ERROR)
                .map(f -> f.message() + " — " + f.fix())
                .toList();
        return errors.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", errors));
    }

    /** The row's command; choosing another one replaces the line with a blank line of that command. */
    private ComboBox<String> commandChoice(FlavourLine line) {
        ComboBox<String> command = new ComboBox<>();
        command.setId("row-command");
        for (FlavourCommand c : FlavourCommand.values()) {
            command.getItems().add(c.word());
        }
        command.setValue(line.valid() ? line.command().orElseThrow().word() : null);
        command.setPromptText("not valid");
        command.setPrefWidth(140);
        command.valueProperty().addListener((o, was, now) -> {
            if (now != null && (was == null || !was.equals(now))) {
                int index = getIndex();
                commit(index, blank(FlavourCommand.of(now).orElseThrow()));
                shown = null;
                updateItem(model.lines().get(index), false);
            }
        });
        return command;
    }

    /**
     * Takes a form's edit. Only edits the user makes in this list count: controls also fire when they are built or
     * skinned, and such an echo would rewrite the text the user is typing in the text view.
     */
    private void commit(int index, FlavourLine next) {
        if (getListView() == null
                || !getListView().isFocusWithin()
                || shownLine == null
                || index < 0
                || index >= model.lines().size()) {
            return;
        }
        // Taken as shown before the list hears of it: the list updates this cell at once, and a row rebuilt then
        // would take the field (and the focus) from under the person typing.
        String wasShown = shown;
        FlavourLine wasLine = shownLine;
        shown = next.raw();
        shownLine = next;
        if (!model.replace(index, wasLine, next)) {
            shown = wasShown;
            shownLine = wasLine;
        }
    }

    /** A new row of a command, with the options it needs (values for the user to fill in). */
    static FlavourLine blank(FlavourCommand command) {
        return switch (command) {
            case ADD_DEP -> FlavourLine.of(command, List.of("-P", "?"));
            case SET_ATTRIBUTE -> FlavourLine.of(command, List.of("-A", "persistent", "-V", "NO"));
            case COPY_IN, COPY_IN_FLV -> FlavourLine.of(command, List.of("-s", "?", "-d", "?"));
            case MOUNT_IN -> FlavourLine.of(command, List.of("-d", "?", "-m", "?"));
            case SET_RSS -> FlavourLine.of(command, List.of("-C", "1"));
            case EXPORT_PORTS -> FlavourLine.of(command, List.of("-e", "80"));
            case SET_CMD -> FlavourLine.of(command, List.of(""));
            case SET_ENV -> FlavourLine.of(command, List.of("-E", "NAME=value"));
        };
    }
}
