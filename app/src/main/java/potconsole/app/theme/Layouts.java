package potconsole.app.theme;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Small layout rules shared by the forms. */
public final class Layouts {
    private Layouts() {}

    /**
     * Labels and buttons never shrink below their text (grids otherwise cut them to "…"); wrapping labels keep their
     * wrapping.
     */
    public static <T extends Node> T keepTextWhole(T root) {
        if (root instanceof Label l && !l.isWrapText()) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        } else if (root instanceof Button b) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        if (root instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(Layouts::keepTextWhole);
        }
        return root;
    }
}
