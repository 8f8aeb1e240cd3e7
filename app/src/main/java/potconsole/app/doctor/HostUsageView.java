package potconsole.app.doctor;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import potconsole.engine.doctor.UsageBands;

/**
 * The host overview chart: memory and CPU of all running pots, stacked, the heaviest pots as their own bands and the
 * rest as one, over the last ten minutes. Sampled (one exec per sample for the whole host) only while shown.
 */
public final class HostUsageView extends VBox {
    private final HostUsageViewModel model;
    private final Label status = new Label();
    private final StackedAreaChart<Number, Number> memory = chart("memory (MiB)");
    private final StackedAreaChart<Number, Number> cpu = chart("CPU (%)");
    private final BandLegend memoryLegend = new BandLegend();
    private final BandLegend cpuLegend = new BandLegend();

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
        memoryLegend.setId("host-usage-memory-legend");
        cpuLegend.setId("host-usage-cpu-legend");
    }

    private static StackedAreaChart<Number, Number> chart(String title) {
        NumberAxis x = new NumberAxis(-600, 0, 60);
        x.setLabel("seconds ago");
        NumberAxis y = FittedAxis.of(title);
        StackedAreaChart<Number, Number> c = new StackedAreaChart<>(x, y, FXCollections.observableArrayList());
        c.setAnimated(false);
        c.setCreateSymbols(false);
        c.setLegendVisible(false); // a BandLegend under each chart
        c.setMinHeight(180);
        return c;
    }

    private void placeControls() {
        setSpacing(6);
        setPadding(new Insets(8));
        VBox.setVgrow(memory, Priority.ALWAYS);
        VBox.setVgrow(cpu, Priority.ALWAYS);
        getChildren().addAll(status, memory, memoryLegend, cpu, cpuLegend);
    }

    private void bind() {
        status.textProperty().bind(model.statusProperty());
        model.memoryProperty().addListener((o, was, now) -> draw(memory, memoryLegend, now));
        model.cpuProperty().addListener((o, was, now) -> draw(cpu, cpuLegend, now));
        redraw();
    }

    /** Samples while shown: the Doctor's Usage tab starts and stops the host's sampler. */
    public void showing(boolean shown) {
        model.showing(shown);
    }

    /** Draws both charts from the model's latest lines (also what the benchmark times). */
    void redraw() {
        draw(memory, memoryLegend, model.memoryProperty().get());
        draw(cpu, cpuLegend, model.cpuProperty().get());
    }

    /**
     * Keeps a series per band and its points: a new sample moves the existing points (a full window keeps their
     * number), and the bands' names live in the {@link BandLegend}, so the chart rebuilds neither points nor legend.
     */
    private static void draw(StackedAreaChart<Number, Number> chart, BandLegend legend, List<UsageBands.Band> lines) {
        FittedAxis.fit((NumberAxis) chart.getYAxis(), FittedAxis.stackedMax(lines));
        legend.show(lines);
        List<XYChart.Series<Number, Number>> series = chart.getData();
        while (series.size() > lines.size()) {
            series.remove(series.size() - 1);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (i < series.size()) {
                ChartPoints.move(series.get(i).getData(), lines.get(i).points());
            } else {
                series.add(new XYChart.Series<>(ChartPoints.of(lines.get(i).points())));
            }
        }
    }

    /** The bands named under each chart, in chart order (for tests). */
    List<String> legend(boolean ofMemory) {
        return (ofMemory ? memoryLegend : cpuLegend).names();
    }
}
