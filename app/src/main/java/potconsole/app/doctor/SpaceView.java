package potconsole.app.doctor;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import potconsole.engine.doctor.SpaceReport;

/**
 * ZFS space as bars, from the doctor's last read: the pool (what is free), pot's root dataset, {@code POT_CACHE}, then
 * every pot's dataset, largest first (each bar against the largest pot).
 */
public final class SpaceView extends VBox {
    private final GridPane host = new GridPane();
    private final Label note = new Label();
    private final ListView<SpaceReport.Bar> pots = new ListView<>();
    private long largest = 1;

    public SpaceView(ReadOnlyObjectProperty<Optional<SpaceReport>> space) {
        createControls();
        placeControls();
        space.addListener((o, was, now) -> show(now));
        show(space.get());
    }

    private void createControls() {
        setId("doctor-space");
        host.setId("space-host");
        host.setHgap(12);
        host.setVgap(6);
        pots.setId("space-pots");
        pots.setCellFactory(v -> new PotCell());
        pots.setPlaceholder(new Label("No pot datasets were read."));
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        note.setWrapText(true);
    }

    private void placeControls() {
        setSpacing(8);
        setPadding(new Insets(10));
        VBox.setVgrow(pots, Priority.ALWAYS);
        getChildren().addAll(heading("The host"), host, note, heading("Space used per pot"), pots);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    private void show(Optional<SpaceReport> report) {
        host.getChildren().clear();
        if (report.isEmpty()) {
            note.setText("Not read yet.");
            pots.getItems().clear();
            return;
        }
        SpaceReport r = report.get();
        int row = 0;
        for (Optional<SpaceReport.Bar> b : List.of(r.pool(), r.potRoot(), r.cache())) {
            if (b.isPresent()) {
                host.addRow(
                        row++, new Label(b.get().label()), bar(b.get().fraction(), 420), new Label(hostText(b.get())));
            }
        }
        note.setText(r.unreadable().map(u -> "zfs list: " + u).orElse("From zfs list -Hp and the files in POT_CACHE."));
        largest = r.pots().stream().mapToLong(SpaceReport.Bar::used).max().orElse(1);
        pots.getItems().setAll(r.pots());
    }

    private static String hostText(SpaceReport.Bar b) {
        return String.format(
                Locale.ROOT,
                "%s used, %s free (%.0f %%)",
                SpaceReport.human(b.used()),
                SpaceReport.human(b.total() - b.used()),
                100 * b.fraction());
    }

    private static ProgressBar bar(double fraction, double width) {
        ProgressBar p = new ProgressBar(fraction);
        p.setPrefWidth(width);
        if (fraction >= 0.9) {
            p.getStyleClass().add(Styles.DANGER);
        }
        return p;
    }

    /** A pot: its name, a bar against the largest pot, and its size. */
    private final class PotCell extends ListCell<SpaceReport.Bar> {
        @Override
        protected void updateItem(SpaceReport.Bar b, boolean empty) {
            super.updateItem(b, empty);
            if (empty || b == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(b.label());
            name.setPrefWidth(180);
            GridPane row = new GridPane();
            row.setHgap(12);
            row.addRow(0, name, bar((double) b.used() / largest, 420), new Label(SpaceReport.human(b.used())));
            setGraphic(row);
        }
    }
}
