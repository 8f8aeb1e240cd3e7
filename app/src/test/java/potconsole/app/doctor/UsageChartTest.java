package potconsole.app.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.time.Clock;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import potconsole.app.dialog.RecordingDialogs;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.pots.PotsViewModel;
import potconsole.app.state.HostEntry;
import potconsole.app.state.HostPoller;
import potconsole.engine.exec.Privilege;
import potconsole.engine.job.JobRunner;
import potconsole.engine.sandbox.SandboxFaults;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;
import potconsole.engine.testkit.SteppingClock;

/**
 * The usage charts draw a line once samples arrive, also after a garbage collection: the chart once listened to a
 * throw-away read-only view of the samples, which the collector took (with its listener) on a real display.
 */
@ExtendWith(ApplicationExtension.class)
class UsageChartTest {
    private final Clock clock = SteppingClock.fiveSeconds();
    private final SandboxHost sandbox = SandboxHost.demoForTests(clock);
    private final HostEntry host = new HostEntry("Sandbox", true, new PotService(sandbox, Privilege.NONE, clock));
    private final HostPoller poller = new HostPoller(JobRunner.inline(), clock);
    private final TasksViewModel tasks =
            new TasksViewModel(JobRunner.inline(), clock, new RecordingDialogs(), poller::refresh);
    private final UsageViewModel usage = new UsageViewModel(tasks, clock);

    @Start
    void start(Stage stage) {
        SandboxFaults.of(sandbox).racct(true);
        poller.refresh(host);
        usage.potProperty()
                .set(new PotsViewModel(FXCollections.observableArrayList(host))
                        .allRows().stream()
                                .filter(r -> r.name().equals("nginx"))
                                .findFirst());
        stage.setScene(new Scene(new UsageView(usage), 800, 600));
        stage.show();
    }

    @Test
    void theMemoryAndCpuLinesAreDrawnAfterACollection(FxRobot robot) {
        collectGarbage();
        robot.interact(() -> {
            usage.sample();
            usage.sample();
            usage.sample();
        });
        assertThat(usage.samples()).hasSize(3);
        for (String id : new String[] {"#usage-memory", "#usage-cpu"}) {
            LineChart<Number, Number> chart = robot.lookup(id).query();
            robot.interact(chart::layout);
            assertThat(chart.getData()).as(id + " series").hasSize(1);
            XYChart.Series<Number, Number> series = chart.getData().get(0);
            assertThat(series.getData()).as(id + " points").hasSize(3);
            assertThat(series.getData().stream()
                            .map(d -> d.getXValue().doubleValue())
                            .distinct()
                            .count())
                    .as(id + " points spread over time")
                    .isEqualTo(3);
            Path line = (Path) chart.lookup(".chart-series-line");
            assertThat(line.getElements())
                    .as(id + " line drawn through the points")
                    .filteredOn(LineTo.class::isInstance)
                    .hasSizeGreaterThanOrEqualTo(2);
        }
    }

    /** Runs the collector until a weakly held object is gone: weakly held listeners are then gone too. */
    private static void collectGarbage() {
        WeakReference<Object> probe = new WeakReference<>(new Object());
        for (int i = 0; i < 50 && probe.get() != null; i++) {
            System.gc();
        }
        assertThat(probe.get()).as("the collector ran").isNull();
    }
}
