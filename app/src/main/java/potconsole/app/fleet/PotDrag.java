package potconsole.app.fleet;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import potconsole.app.pots.PotRow;
import potconsole.app.state.HostEntry;

/**
 * Dragging pots onto a host: the selected pots of one host leave the table as their host's name and theirs, one a
 * line; a host line of the sidebar takes them when it is another host, and the drop opens the copy dialog with that
 * host as the target (nothing is copied before the user has seen the plan).
 */
public final class PotDrag {
    /** The dragged pots: the source host's name on the first line, then the pots' names. */
    public static final DataFormat POTS = new DataFormat("application/x-potconsole-pots");

    static final String DROP_TARGET = "pot-drop-target";

    private PotDrag() {}

    /** The table starts a drag of its selection when the selected pots are all of one host. */
    public static void source(TableView<PotRow> table) {
        table.setOnDragDetected(e -> {
            List<PotRow> rows = List.copyOf(table.getSelectionModel().getSelectedItems());
            if (rows.isEmpty() || rows.stream().map(PotRow::host).distinct().count() != 1) {
                return;
            }
            Dragboard board = table.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.put(POTS, text(rows));
            content.putString(String.join(" ", rows.stream().map(PotRow::name).toList()));
            board.setContent(content);
            e.consume();
        });
    }

    /** What a drag of {@code rows} carries. */
    static String text(List<PotRow> rows) {
        return rows.get(0).host().name() + "\n"
                + String.join("\n", rows.stream().map(PotRow::name).toList());
    }

    /**
     * A node (a sidebar line) that takes dragged pots when {@code host} is another host than theirs; a drop hands
     * that host to {@code drop}. While pots are over it, the node carries the style class {@value #DROP_TARGET}.
     */
    public static void target(Node node, Supplier<Optional<HostEntry>> host, Consumer<HostEntry> drop) {
        node.setOnDragOver(e -> {
            if (accepts(e.getDragboard().getContent(POTS), host.get())) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        node.setOnDragEntered(e -> {
            if (accepts(e.getDragboard().getContent(POTS), host.get())) {
                node.getStyleClass().add(DROP_TARGET);
            }
        });
        node.setOnDragExited(e -> node.getStyleClass().remove(DROP_TARGET));
        node.setOnDragDropped(e -> {
            Optional<HostEntry> to = host.get();
            boolean ok = accepts(e.getDragboard().getContent(POTS), to);
            node.getStyleClass().remove(DROP_TARGET);
            e.setDropCompleted(ok);
            e.consume();
            if (ok) {
                // After the drag gesture has ended: a dialog shown inside the drop handler can find the pointer still
                // held by the gesture and ignore clicks (seen once under openbox).
                HostEntry target = to.get();
                Platform.runLater(() -> drop.accept(target));
            }
        });
    }

    /** Pots of another host than {@code host}. */
    static boolean accepts(Object dragged, Optional<HostEntry> host) {
        return dragged instanceof String text
                && host.isPresent()
                && !text.isEmpty()
                && !text.lines().findFirst().orElse("").equals(host.get().name());
    }
}
