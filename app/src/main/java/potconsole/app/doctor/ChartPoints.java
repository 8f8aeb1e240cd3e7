package potconsole.app.doctor;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import potconsole.engine.doctor.UsageBands;

/**
 * A usage chart's points, moved rather than replaced: once the window is full every sample has as many points as the
 * last, and setting values on the chart's own points costs a fraction of removing and adding them.
 */
final class ChartPoints {
    private ChartPoints() {}

    static ObservableList<XYChart.Data<Number, Number>> of(List<UsageBands.Point> points) {
        ObservableList<XYChart.Data<Number, Number>> out = FXCollections.observableArrayList();
        points.forEach(p -> out.add(new XYChart.Data<>(p.secondsAgo(), p.value())));
        return out;
    }

    /** Makes {@code data} show {@code points}: values set in place, the surplus removed, the missing added. */
    static void move(ObservableList<XYChart.Data<Number, Number>> data, List<UsageBands.Point> points) {
        int kept = Math.min(data.size(), points.size());
        for (int i = 0; i < kept; i++) {
            XYChart.Data<Number, Number> d = data.get(i);
            UsageBands.Point p = points.get(i);
            if (d.getXValue().doubleValue() != p.secondsAgo()) {
                d.setXValue(p.secondsAgo());
            }
            if (d.getYValue().doubleValue() != p.value()) {
                d.setYValue(p.value());
            }
        }
        if (data.size() > points.size()) {
            data.remove(points.size(), data.size());
        } else if (points.size() > kept) {
            data.addAll(of(points.subList(kept, points.size())));
        }
    }
}
