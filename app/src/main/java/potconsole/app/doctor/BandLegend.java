package potconsole.app.doctor;

import java.util.Arrays;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import potconsole.engine.doctor.UsageBands;

/**
 * The legend of a host overview chart: one label per band in the band's chart colour, made once and renamed in place.
 * The chart's own legend is rebuilt — new nodes, their CSS applied afresh — whenever a series is renamed, which here
 * is whenever another pot becomes one of the heaviest.
 */
final class BandLegend extends FlowPane {
    private final Label[] items = new Label[UsageBands.TOP + 1];

    BandLegend() {
        super(12, 4);
        setPadding(new Insets(0, 0, 0, 8));
        for (int i = 0; i < items.length; i++) {
            Region symbol = new Region();
            // The chart's classes for band i, so the colours follow the theme's chart palette.
            symbol.getStyleClass().addAll("chart-area-symbol", "area-legend-symbol", "default-color" + i);
            items[i] = new Label("", symbol);
            items[i].getStyleClass().add("chart-legend-item");
            items[i].setManaged(false);
            items[i].setVisible(false);
        }
        getChildren().addAll(items);
    }

    /** Names the bands in chart order; the labels beyond them are hidden. */
    void show(List<UsageBands.Band> bands) {
        for (int i = 0; i < items.length; i++) {
            boolean used = i < bands.size();
            if (used && !items[i].getText().equals(bands.get(i).name())) {
                items[i].setText(bands.get(i).name());
            }
            if (items[i].isVisible() != used) {
                items[i].setVisible(used);
                items[i].setManaged(used);
            }
        }
    }

    /** The names shown, in order (for tests). */
    List<String> names() {
        return Arrays.stream(items).filter(Label::isVisible).map(Label::getText).toList();
    }
}
