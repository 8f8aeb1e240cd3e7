package potconsole.app.doctor;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The host overview chart: memory and CPU of all running pots, stacked, the heaviest pots as their own bands and the
 * rest as one, over the last ten minutes. Sampled (one exec per sample for the whole host) only while shown.
 */
public final class HostUsageView extends VBox {
    private final HostUsageViewModel model;
    private final Label status = new Label();
    private final StackedAreaChart<Number, Number> memory = chart("memory (MiB)");
    private final StackedAreaChart<Number, Number> cpu = chart("CPU (%)");

    public HostUsageView(HostUsageViewModel model) {
        this.model = model;
        createControls();
        placeControls();
        bind();
    }

    private void createControls() {
        setId("host-usage");
        status.setId("host-usage-status");
        status.getStyleClass().add(Styles.TEXT_SMALL);
        status.setWrapText(true);
        memory.setId("host-usage-memory");
        cpu.setId("host-usage-cpu");
    }

    private static StackedAreaChart<Number, Number> chart(String title) {
        NumberAxis x = new NumberAxis(-600, 0, 60);
        x.setLabel("seconds ago");
        NumberAxis y = new NumberAxis();
        y.setLabel(title);
        StackedAreaChart<Number, Number> c = new StackedAreaChart<>(x, y, FXCollections.observableArrayList());
        c.setAnimated(false);
        c.setCreateSymbols(false);
        c.setMinHeight(180);
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
        model.memoryProperty().addListener((o, was, now) -> draw(memory, now));
        model.cpuProperty().addListener((o, was, now) -> draw(cpu, now));
        redraw();
    }

    /** Samples while shown: the Doctor's Usage tab starts and stops the host's sampler. */
    public void showing(boolean shown) {
        model.showing(shown);
    }

    /** Draws both charts from the model's latest lines (also what the benchmark times). */
    void redraw() {
        draw(memory, model.memoryProperty().get());
        draw(cpu, model.cpuProperty().get());
    }

    /** Keeps a series per band (renamed in place), so a new sample replaces points rather than rebuilding nodes. */
    private static void draw(StackedAreaChart<Number, Number> chart, List<HostUsageViewModel.Line> lines) {
        List<XYChart.Series<Number, Number>> series = chart.getData();
        while (series.size() > lines.size()) {
            series.remove(series.size() - 1);
        }
        for (int i = 0; i < lines.size(); i++) {
            HostUsageViewModel.Line line = lines.get(i);
            List<XYChart.Data<Number, Number>> points =
                    new ArrayList<>(line.points().size());
            line.points().forEach(p -> points.add(new XYChart.Data<>(p.secondsAgo(), p.value())));
            if (i < series.size()) {
                series.get(i).setName(line.name());
                series.get(i).getData().setAll(points);
            } else {
                series.add(new XYChart.Series<>(line.name(), FXCollections.observableArrayList(points)));
            }
        }
    }
}
