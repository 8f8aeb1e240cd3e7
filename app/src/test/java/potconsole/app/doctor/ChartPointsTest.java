package potconsole.app.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import org.junit.jupiter.api.Test;
import potconsole.engine.doctor.UsageBands.Point;

class ChartPointsTest {
    private static List<double[]> values(ObservableList<XYChart.Data<Number, Number>> data) {
        return data.stream()
                .map(d ->
                        new double[] {d.getXValue().doubleValue(), d.getYValue().doubleValue()})
                .toList();
    }

    @Test
    void aFullWindowMovesItsOwnPointsAndAGrowingOrShrinkingOneAddsOrRemoves() {
        ObservableList<XYChart.Data<Number, Number>> data = ChartPoints.of(List.of(new Point(-5, 1), new Point(0, 2)));
        XYChart.Data<Number, Number> first = data.get(0);

        ChartPoints.move(data, List.of(new Point(-5, 2), new Point(0, 7)));
        assertThat(data.get(0)).as("the same point, moved").isSameAs(first);
        assertThat(values(data)).containsExactly(new double[] {-5, 2}, new double[] {0, 7});

        ChartPoints.move(data, List.of(new Point(-10, 2), new Point(-5, 7), new Point(0, 3)));
        assertThat(values(data)).containsExactly(new double[] {-10, 2}, new double[] {-5, 7}, new double[] {0, 3});

        ChartPoints.move(data, List.of(new Point(0, 4)));
        assertThat(values(data)).containsExactly(new double[] {0, 4});
        ChartPoints.move(data, List.of());
        assertThat(data).isEmpty();
    }
}
