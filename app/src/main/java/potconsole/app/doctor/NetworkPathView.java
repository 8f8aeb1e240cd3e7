package potconsole.app.doctor;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import potconsole.engine.doctor.FixStep;
import potconsole.engine.doctor.NetLink;

/**
 * A pot's network as a chain, one row per link (type → bridge → IP → ports → pf rules → external interface): ✓ for a
 * link that holds, ✗ with what is missing and the pot commands that mend it, ? when it could not be checked.
 */
public final class NetworkPathView extends VBox {
    private final Label status = new Label("Select a pot.");
    private final GridPane chain = new GridPane();

    public NetworkPathView() {
        setId("network-path");
        setSpacing(8);
        setPadding(new Insets(12));
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.setWrapText(true);
        chain.setHgap(10);
        chain.setVgap(6);
        getChildren().addAll(status, chain);
    }

    public void show(String statusText, List<NetLink> links) {
        status.setText(statusText);
        chain.getChildren().clear();
        int r = 0;
        for (NetLink l : links) {
            Label mark = new Label(l.isBroken() ? "✗" : l.unknown().isPresent() ? "?" : "✓");
            mark.getStyleClass()
                    .add(l.isBroken() ? Styles.DANGER : l.unknown().isPresent() ? Styles.WARNING : Styles.SUCCESS);
            Label label = new Label(l.label());
            label.getStyleClass().add(Styles.TEXT_MUTED);
            label.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(value(l));
            value.setWrapText(true);
            value.setId("link-" + l.label().replaceAll("[^A-Za-z0-9]+", "-"));
            chain.addRow(r++, mark, label, value);
        }
    }

    private static String value(NetLink l) {
        StringBuilder b = new StringBuilder(l.value());
        l.broken().ifPresent(x -> b.append("\nbroken: ").append(x));
        l.unknown().ifPresent(x -> b.append("\nnot checked: ").append(x));
        if (!l.evidence().isEmpty()) {
            b.append("\n").append(String.join("\n", l.evidence()));
        }
        if (!l.fix().isEmpty()) {
            b.append("\nfix: ")
                    .append(String.join(
                            "; ", l.fix().stream().map(FixStep::display).toList()));
        }
        return b.toString();
    }
}
