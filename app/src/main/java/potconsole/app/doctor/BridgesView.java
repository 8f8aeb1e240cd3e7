package potconsole.app.doctor;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import potconsole.engine.doctor.BridgeUse;
import potconsole.engine.doctor.Finding;

/**
 * The network explainer's host view: each bridge (the public one on {@code POT_NETWORK}, then each private bridge)
 * with its addresses taken and free as potnet counts them, and every address two pots share.
 */
public final class BridgesView extends ScrollPane {
    private static final int NAMES = 40;

    private final VBox content = new VBox(10);

    public BridgesView(DoctorViewModel model) {
        setId("doctor-bridges");
        setFitToWidth(true);
        content.setPadding(new Insets(10));
        setContent(content);
        model.bridgesProperty().addListener((o, was, now) -> show(now, model.findings()));
        show(model.bridgesProperty().get(), model.findings());
    }

    /** Shows the bridges and the address conflicts among the findings. */
    private void show(List<BridgeUse> bridges, List<Finding> findings) {
        content.getChildren().clear();
        if (bridges.isEmpty()) {
            content.getChildren().add(new Label("No bridge is configured (POT_NETWORK unset, no private bridge)."));
        }
        for (BridgeUse b : bridges) {
            Label title = new Label(b.name() + " — " + b.network() + ", gateway " + b.gateway());
            title.getStyleClass().add(Styles.TITLE_4);
            ProgressBar bar = new ProgressBar(b.size() == 0 ? 0 : Math.max(0.005, (double) b.taken() / b.size()));
            bar.setPrefWidth(520);
            Label figures = new Label(String.format(
                    Locale.ROOT,
                    "%,d of %,d addresses taken, %,d free (network, broadcast, gateway%s and %d pot%s)",
                    b.taken(),
                    b.size(),
                    b.free(),
                    b.isPublic() ? ", POT_DNS_IP, private bridges" : "",
                    b.pots().size(),
                    b.pots().size() == 1 ? "" : "s"));
            Label names = new Label(names(b.pots()));
            names.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            names.setWrapText(true);
            content.getChildren().add(new VBox(4, title, bar, figures, names));
        }
        List<Finding> conflicts =
                findings.stream().filter(f -> f.kind().equals("ip-conflict")).toList();
        if (conflicts.isEmpty() && !bridges.isEmpty()) {
            content.getChildren().add(new Label("No two pots share an address."));
        }
        conflicts.forEach(f -> {
            Label c = new Label("Conflict: " + f.title());
            c.getStyleClass().add(Styles.DANGER);
            content.getChildren().add(c);
        });
    }

    private static String names(List<String> pots) {
        if (pots.size() <= NAMES) {
            return String.join(", ", pots);
        }
        return String.join(", ", pots.subList(0, NAMES)) + " and " + (pots.size() - NAMES) + " more";
    }
}
