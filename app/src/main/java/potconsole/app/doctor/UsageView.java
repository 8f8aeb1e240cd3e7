package potconsole.app.doctor;

import atlantafx.base.theme.Styles;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import potconsole.engine.doctor.UsageBands;
import potconsole.engine.doctor.UsageSample;

/** Memory and CPU of the selected pot over the last ten minutes, from its host's sampler while shown. */
public final class UsageView extends VBox {
    private final UsageViewModel model;
    private final Label status = new Label();
    private final LineChart<Number, Number> memory = chart("memory (MiB)");
    private final LineChart<Number, Number> cpu = chart("CPU (%)");

    public UsageView(UsageViewModel model) {
        this.model = model;
        createControls();
        placeControls();
        bind();
    }

    private void createControls() {
        setId("pot-usage");
        status.setId("usage-status");
        status.getStyleClass().add(Styles.TEXT_SMALL);
        status.setWrapText(true);
        memory.setId("usage-memory");
        cpu.setId("usage-cpu");
    }

    private static LineChart<Number, Number> chart(String title) {
        NumberAxis x = new NumberAxis(-600, 0, 60);
        x.setLabel("seconds ago");
        NumberAxis y = FittedAxis.of(title);
        LineChart<Number, Number> c = new LineChart<>(x, y, FXCollections.observableArrayList(new XYChart.Series<>()));
        c.setAnimated(false);
        c.setCreateSymbols(false);
        c.setLegendVisible(false);
        c.setMinHeight(160);
        return c;
    }

    private void placeControls() {
        setSpacing(6);
        setPadding(new Insets(8));
        VBox.setVgrow(memory, Priority.ALWAYS);
        VBox.setVgrow(cpu, Priority.ALWAYS);
        getChildren().addAll(status, memory, cpu);
    }

    private void bind() {
        status.textProperty().bind(model.statusProperty());
        model.samples().addListener((ListChangeListener<UsageSample>) c -> redraw());
    }

    /** Samples while shown: the tab starts and stops the host's sampler (shared with the host overview). */
    public void showing(boolean shown) {
        model.showing(shown);
    }

    /** One series per chart for the view's life; each new sample moves its points. */
    void redraw() {
        List<UsageSample> s = model.samples();
        Instant now = s.isEmpty() ? Instant.now() : s.get(s.size() - 1).at();
        draw(memory, points(s, now, u -> u.rssBytes() / 1048576.0));
        draw(cpu, points(s, now, UsageSample::cpuPercent));
    }

    private static void draw(LineChart<Number, Number> chart, List<UsageBands.Point> points) {
        FittedAxis.fit(
                (NumberAxis) chart.getYAxis(),
                points.stream().mapToDouble(UsageBands.Point::value).max().orElse(0));
        ChartPoints.move(chart.getData().get(0).getData(), points);
    }

    private static List<UsageBands.Point> points(
            List<UsageSample> samples, Instant now, ToDoubleFunction<UsageSample> value) {
        List<UsageBands.Point> out = new ArrayList<>(samples.size());
        for (UsageSample u : samples) {
            double ago = -ChronoUnit.MILLIS.between(u.at(), now) / 1000.0;
            out.add(new UsageBands.Point(ago, value.applyAsDouble(u)));
        }
        return out;
    }
}
