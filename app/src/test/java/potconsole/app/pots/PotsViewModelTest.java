package potconsole.app.pots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import potconsole.app.hosts.HostEntry;
import potconsole.engine.command.SnapshotCommand;
import potconsole.engine.command.StartCommand;
import potconsole.engine.exec.Privilege;
import potconsole.engine.job.JobRunner;
import potconsole.engine.model.PotState;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/** View-model tests without a toolkit: jobs run inline. */
class PotsViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);

    private final PotService service = new PotService(SandboxHost.demoForTests(CLOCK), Privilege.NONE, CLOCK);
    private final HostEntry host = new HostEntry("Sandbox", true, service);
    private final PotsViewModel model = new PotsViewModel(host, JobRunner.inline(), CLOCK);

    @Test
    void refreshFillsTheTableAndMarksTheHostReachable() {
        assertThat(host.reachProperty().get()).isEqualTo(HostEntry.Reach.NEVER_LOADED);
        model.refresh();
        assertThat(model.allRows()).extracting(PotRow::name).contains("web", "nginx", "db");
        assertThat(host.reachProperty().get()).isEqualTo(HostEntry.Reach.REACHABLE);
        assertThat(host.lastRefreshProperty().get()).contains(CLOCK.instant());
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void aRefreshUpdatesRowsInPlaceSoSelectionSurvives() {
        model.refresh();
        PotRow web = model.allRows().stream()
                .filter(r -> r.name().equals("web"))
                .findFirst()
                .orElseThrow();
        service.execute(StartCommand.of("web"));
        service.execute(new potconsole.engine.command.DestroyCommand(
                potconsole.engine.command.DestroyCommand.Target.POT, "web-staging", false, false, false));
        model.refresh();
        PotRow after = model.allRows().stream()
                .filter(r -> r.name().equals("web"))
                .findFirst()
                .orElseThrow();
        assertThat(after).isSameAs(web);
        assertThat(after.pot().state()).isEqualTo(PotState.RUNNING);
        assertThat(model.allRows()).extracting(PotRow::name).doesNotContain("web-staging");
    }

    @Test
    void filterMatchesNameStateAndNetwork() {
        model.refresh();
        model.filterProperty().set("running");
        assertThat(model.visibleRows()).extracting(PotRow::name).containsExactlyInAnyOrder("db", "nginx");
        model.filterProperty().set("bridge");
        assertThat(model.visibleRows()).extracting(PotRow::name).containsExactlyInAnyOrder("db", "nginx");
        model.filterProperty().set("");
        assertThat(model.visibleRows()).hasSameSizeAs(model.allRows());
    }

    @Test
    void anUnreachableHostSaysWhy() {
        PotService broken = new PotService(
                new potconsole.engine.exec.LocalRunner(List.of("/nonexistent-shell")), Privilege.NONE, CLOCK);
        HostEntry bad = new HostEntry("gone", false, broken);
        PotsViewModel m = new PotsViewModel(bad, JobRunner.inline(), CLOCK);
        m.refresh();
        assertThat(bad.reachProperty().get()).isEqualTo(HostEntry.Reach.UNREACHABLE);
        assertThat(bad.problemProperty().get())
                .hasValueSatisfying(p -> assertThat(p).contains("/nonexistent-shell"));
        assertThat(m.allRows()).isEmpty();
    }

    @Test
    void snapshotShowsUpAfterRefresh() {
        model.refresh();
        service.execute(SnapshotCommand.of("multi"));
        model.refresh();
        assertThat(model.allRows().stream()
                        .filter(r -> r.name().equals("multi"))
                        .findFirst()
                        .orElseThrow()
                        .pot()
                        .snapshots())
                .hasSize(1);
    }
}
