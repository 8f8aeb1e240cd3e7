package potconsole.app.pots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import potconsole.app.hosts.HostEntry;
import potconsole.engine.command.SnapshotCommand;
import potconsole.engine.command.StartCommand;
import potconsole.engine.exec.LocalRunner;
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
    private final PotsViewModel model = new PotsViewModel(JobRunner.inline(), CLOCK);

    private PotRow row(String name) {
        return model.allRows().stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void refreshFillsTheTableAndMarksTheHostReachable() {
        assertThat(host.reachProperty().get()).isEqualTo(HostEntry.Reach.NEVER_LOADED);
        model.refresh(host);
        assertThat(model.allRows()).extracting(PotRow::name).contains("web", "nginx", "db");
        assertThat(host.reachProperty().get()).isEqualTo(HostEntry.Reach.REACHABLE);
        assertThat(host.lastRefreshProperty().get()).contains(CLOCK.instant());
        assertThat(host.isLoading()).isFalse();
    }

    @Test
    void aRefreshUpdatesRowsInPlaceSoSelectionSurvives() {
        model.refresh(host);
        PotRow web = row("web");
        service.execute(StartCommand.of("web"));
        service.execute(new potconsole.engine.command.DestroyCommand(
                potconsole.engine.command.DestroyCommand.Target.POT, "web-staging", false, false, false));
        model.refresh(host);
        assertThat(row("web")).isSameAs(web);
        assertThat(web.pot().state()).isEqualTo(PotState.RUNNING);
        assertThat(model.allRows()).extracting(PotRow::name).doesNotContain("web-staging");
    }

    @Test
    void filterMatchesNameStateAndNetworkAndScopeNarrowsToAHost() {
        HostEntry other =
                new HostEntry("Other", true, new PotService(SandboxHost.demoForTests(CLOCK), Privilege.NONE, CLOCK));
        model.refresh(host);
        model.refresh(other);
        assertThat(model.allRows()).hasSize(16);
        model.filterProperty().set("running");
        assertThat(model.visibleRows())
                .extracting(PotRow::name)
                .containsExactlyInAnyOrder("db", "nginx", "db", "nginx");
        model.scopeProperty().set(Optional.of(other));
        assertThat(model.visibleRows())
                .extracting(r -> r.host().name())
                .containsOnly("Other")
                .hasSize(2);
        model.filterProperty().set("bridge");
        assertThat(model.visibleRows()).extracting(PotRow::name).containsExactlyInAnyOrder("db", "nginx");
        model.filterProperty().set("");
        model.scopeProperty().set(Optional.empty());
        assertThat(model.visibleRows()).hasSameSizeAs(model.allRows());
        model.forget(other);
        assertThat(model.allRows()).hasSize(8);
    }

    @Test
    void anUnreachableHostSaysWhyAndKeepsItsReasonWhileRetrying() {
        PotService broken = new PotService(new LocalRunner(List.of("/nonexistent-shell")), Privilege.NONE, CLOCK);
        HostEntry bad = new HostEntry("gone", false, broken);
        model.refresh(bad);
        assertThat(bad.reachProperty().get()).isEqualTo(HostEntry.Reach.UNREACHABLE);
        assertThat(bad.problemProperty().get())
                .hasValueSatisfying(p -> assertThat(p).contains("/nonexistent-shell"));
        assertThat(bad.failuresInARow()).isEqualTo(1);
        model.refresh(bad);
        assertThat(bad.failuresInARow()).isEqualTo(2);
        assertThat(potconsole.app.hosts.HostsViewModel.nextRefresh(bad))
                .isGreaterThan(potconsole.app.hosts.HostsViewModel.INTERVAL);
        assertThat(model.rowsOf(bad)).isEmpty();
    }

    @Test
    void snapshotShowsUpAfterRefresh() {
        model.refresh(host);
        service.execute(SnapshotCommand.of("multi"));
        model.refresh(host);
        assertThat(row("multi").pot().snapshots()).hasSize(1);
    }
}
