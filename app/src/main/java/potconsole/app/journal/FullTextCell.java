package potconsole.app.journal;

import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * A journal cell that never hides what it cuts: a long command line or output tail ends in "…" in the column, and
 * the whole value is the cell's tooltip (one line per output line).
 */
final class FullTextCell<S> extends TableCell<S, String> {
    private final Tooltip full = new Tooltip();

    FullTextCell() {
        setTextOverrun(OverrunStyle.ELLIPSIS);
        full.setWrapText(true);
        full.setMaxWidth(720);
        full.setShowDelay(Duration.millis(400));
        full.setShowDuration(Duration.INDEFINITE);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        boolean blank = empty || item == null || item.isEmpty();
        setText(blank ? null : item);
        full.setText(blank ? "" : item.replace(" ⏎ ", "\n"));
        setTooltip(blank ? null : full);
    }
}
