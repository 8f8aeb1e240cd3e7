package potconsole.app.doctor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.chart.NumberAxis;
import potconsole.engine.doctor.UsageBands;

/**
 * The value axis of the usage charts, fitted by the view rather than by {@link NumberAxis}'s auto-ranging:
 * auto-ranging lays out and measures the labels of every candidate tick unit on each redraw — most of a redraw's time
 * with a new sample every 5 s. Here the axis changes only when the rounded upper bound does.
 */
final class FittedAxis {
    private static final double[] STEPS = {1, 2, 2.5, 5, 10};
    private static final int TICKS = 5;

    private FittedAxis() {}

    static NumberAxis of(String label) {
        NumberAxis y = new NumberAxis(0, 1, 1.0 / TICKS);
        y.setLabel(label);
        y.setAutoRanging(false);
        y.setMinorTickCount(0);
        return y;
    }

    /** Sets the axis to 0 … the round number just above {@code max}, with five ticks; leaves it if unchanged. */
    static void fit(NumberAxis y, double max) {
        double upper = upper(max);
        if (upper != y.getUpperBound()) {
            y.setUpperBound(upper);
            y.setTickUnit(upper / TICKS);
        }
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least 2 % above {@code max}; 1 for nothing to show. */
    static double upper(double max) {
        if (!(max > 0) || Double.isInfinite(max)) {
            return 1;
        }
        double wanted = max * 1.02;
        double power = Math.pow(10, Math.floor(Math.log10(wanted)));
        for (double step : STEPS) {
            if (step * power >= wanted) {
                return step * power;
            }
        }
        return 10 * power;
    }

    /** The highest point of bands stacked on one another (a host's samples share their instants). */
    static double stackedMax(List<UsageBands.Band> bands) {
        Map<Double, Double> sums = new HashMap<>();
        for (UsageBands.Band band : bands) {
            for (UsageBands.Point p : band.points()) {
                sums.merge(p.secondsAgo(), p.value(), Double::sum);
            }
        }
        return sums.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
