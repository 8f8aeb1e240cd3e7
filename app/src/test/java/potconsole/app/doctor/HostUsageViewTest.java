package potconsole.app.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import potconsole.app.dialog.RecordingDialogs;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.state.HostEntry;
import potconsole.app.state.HostPoller;
import potconsole.engine.doctor.UsageBands;
import potconsole.engine.exec.Privilege;
import potconsole.engine.job.JobRunner;
import potconsole.engine.sandbox.SandboxFaults;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;
import potconsole.engine.testkit.SteppingClock;

/**
 * The host overview draws what the sampler's bands say: one stacked series per band with the band's points (moved in
 * place from sample to sample), the bands named in the legend under each chart, the value axis above the stack.
 */
@ExtendWith(ApplicationExtension.class)
class HostUsageViewTest {
    private final Clock clock = SteppingClock.fiveSeconds();
    private final SandboxHost sandbox = SandboxHost.demoForTests(clock);
    private final HostEntry host = new HostEntry("Sandbox", true, new PotService(sandbox, Privilege.NONE, clock));
    private final HostPoller poller = new HostPoller(JobRunner.inline(), clock);
    private final TasksViewModel tasks =
            new TasksViewModel(JobRunner.inline(), clock, new RecordingDialogs(), poller::refresh);
    private HostUsageViewModel model;
    private HostUsageView view;

    @Start
    void start(Stage stage) {
        SandboxFaults.of(sandbox).racct(true).crowd("busy", 12);
        poller.refresh(host);
        model = new HostUsageViewModel(new HostUsageSampler(host, tasks, clock, new FxTicker()));
        view = new HostUsageView(model);
        stage.setScene(new Scene(view, 1000, 800));
        stage.show();
    }

    @Test
    void eachSampleMovesTheBandsPointsAndTheLegendNamesThem(FxRobot robot) {
        for (int i = 1; i <= 3; i++) {
            robot.interact(model::sample);
            check(robot, "#host-usage-memory", model.memoryProperty().get(), true, i);
            check(robot, "#host-usage-cpu", model.cpuProperty().get(), false, i);
        }
    }

    private void check(FxRobot robot, String id, List<UsageBands.Band> bands, boolean memory, int samples) {
        StackedAreaChart<Number, Number> chart = robot.lookup(id).query();
        robot.interact(chart::layout);
        assertThat(bands).as(id + " bands").hasSize(UsageBands.TOP + 1);
        assertThat(chart.getData()).as(id + " one series per band").hasSize(bands.size());
        for (int b = 0; b < bands.size(); b++) {
            List<UsageBands.Point> points = bands.get(b).points();
            List<XYChart.Data<Number, Number>> data = chart.getData().get(b).getData();
            assertThat(data).as(id + " band " + b + " points").hasSize(samples);
            for (int p = 0; p < points.size(); p++) {
                assertThat(data.get(p).getXValue().doubleValue())
                        .isEqualTo(points.get(p).secondsAgo());
                assertThat(data.get(p).getYValue().doubleValue())
                        .isEqualTo(points.get(p).value());
            }
        }
        assertThat(view.legend(memory))
                .as(id + " legend")
                .containsExactlyElementsOf(
                        bands.stream().map(UsageBands.Band::name).toList());
        double top = ((NumberAxis) chart.getYAxis()).getUpperBound();
        assertThat(top).as(id + " axis above the stack").isGreaterThan(FittedAxis.stackedMax(bands));
        assertThat(top).isCloseTo(FittedAxis.upper(FittedAxis.stackedMax(bands)), within(1e-9));
    }
}
