package potconsole.app.pots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import potconsole.app.state.HostEntry;
import potconsole.app.state.HostPoller;
import potconsole.engine.command.SnapshotCommand;
import potconsole.engine.command.StartCommand;
import potconsole.engine.exec.LocalRunner;
import potconsole.engine.exec.Privilege;
import potconsole.engine.job.JobRunner;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.Pot;
import potconsole.engine.model.PotState;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/** View-model tests without a toolkit: jobs run inline. */
class PotsViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);

    private final PotService service = new PotService(SandboxHost.demoForTests(CLOCK), Privilege.NONE, CLOCK);
    private final HostEntry host = new HostEntry("Sandbox", true, service);
    private final javafx.collections.ObservableList<HostEntry> hosts =
            javafx.collections.FXCollections.observableArrayList(host);
    private final HostPoller poller = new HostPoller(JobRunner.inline(), CLOCK);
    private final PotsViewModel model = new PotsViewModel(hosts);

    private PotRow row(String name) {
        return model.allRows().stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void refreshFillsTheTableAndMarksTheHostReachable() {
        assertThat(host.reachProperty().get()).isEqualTo(HostEntry.Reach.NEVER_LOADED);
        poller.refresh(host);
        assertThat(model.allRows()).extracting(PotRow::name).contains("web", "nginx", "db");
        assertThat(host.reachProperty().get()).isEqualTo(HostEntry.Reach.REACHABLE);
        assertThat(host.lastRefreshProperty().get()).contains(CLOCK.instant());
        assertThat(host.isLoading()).isFalse();
    }

    @Test
    void aRefreshUpdatesRowsInPlaceSoSelectionSurvives() {
        poller.refresh(host);
        PotRow web = row("web");
        service.execute(StartCommand.of("web"));
        service.execute(new potconsole.engine.command.DestroyCommand(
                potconsole.engine.command.DestroyCommand.Target.POT, "web-staging", false, false, false));
        poller.refresh(host);
        assertThat(row("web")).isSameAs(web);
        assertThat(web.pot().state()).isEqualTo(PotState.RUNNING);
        assertThat(model.allRows()).extracting(PotRow::name).doesNotContain("web-staging");
    }

    @Test
    void filterMatchesNameStateAndNetworkAndScopeNarrowsToAHost() {
        HostEntry other =
                new HostEntry("Other", true, new PotService(SandboxHost.demoForTests(CLOCK), Privilege.NONE, CLOCK));
        hosts.add(other);
        poller.refresh(host);
        poller.refresh(other);
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
        hosts.remove(other);
        assertThat(model.allRows()).hasSize(8);
    }

    @Test
    void anUnreachableHostSaysWhyAndKeepsItsReasonWhileRetrying() {
        PotService broken = new PotService(new LocalRunner(List.of("/nonexistent-shell")), Privilege.NONE, CLOCK);
        HostEntry bad = new HostEntry("gone", false, broken);
        hosts.add(bad);
        poller.refresh(bad);
        assertThat(bad.reachProperty().get()).isEqualTo(HostEntry.Reach.UNREACHABLE);
        assertThat(bad.problemProperty().get())
                .hasValueSatisfying(p -> assertThat(p).contains("/nonexistent-shell"));
        assertThat(bad.failuresInARow()).isEqualTo(1);
        poller.refresh(bad);
        assertThat(bad.failuresInARow()).isEqualTo(2);
        assertThat(HostPoller.nextRefresh(bad)).isGreaterThan(HostPoller.INTERVAL);
        assertThat(model.rowsOf(bad)).isEmpty();
    }

    @Test
    void snapshotShowsUpAfterRefresh() {
        poller.refresh(host);
        service.execute(SnapshotCommand.of("multi"));
        poller.refresh(host);
        assertThat(row("multi").pot().snapshots()).hasSize(1);
    }

    /** The table's cells and the details pane project the same pot: after a refresh, the row's pot is the host's. */
    @Test
    void rowsAreProjectionsOfTheHostsInventory() {
        poller.refresh(host);
        PotRow web = row("web");
        Pot before = web.pot();
        assertThat(before).isSameAs(host.pot("web").orElseThrow());
        javafx.beans.binding.ObjectBinding<Pot> followed = web.potProperty();
        service.execute(SnapshotCommand.of("web"));
        poller.refresh(host);
        assertThat(followed.get().snapshots()).hasSize(before.snapshots().size() + 1);
        assertThat(web.pot()).isSameAs(host.pot("web").orElseThrow());
    }

    @Test
    void anUnchangedReadChangesNothing() {
        poller.refresh(host);
        HostInventory first = host.inventory().orElseThrow();
        int[] changes = {0};
        model.allRows().addListener((javafx.collections.ListChangeListener<PotRow>) c -> changes[0]++);
        poller.refresh(host);
        assertThat(host.inventory()).containsSame(first);
        assertThat(changes[0]).isZero();
    }

    /** Jobs run at once; their results wait until the test delivers them (as the FX thread would, later). */
    private static final class DeferredDelivery implements JobRunner {
        final java.util.List<Runnable> pending = new java.util.ArrayList<>();

        @Override
        public java.util.concurrent.Executor callbackExecutor() {
            return pending::add;
        }

        @Override
        public <T> potconsole.engine.job.JobHandle<T> submit(
                String title, potconsole.engine.job.Job<T> job, potconsole.engine.job.JobListener listener) {
            return JobRunner.inline().submit(title, job, listener);
        }

        void deliverAll() {
            while (!pending.isEmpty()) {
                pending.remove(0).run();
            }
        }
    }

    @Test
    void aRefreshAskedForWhileOneRunsIsNotLost() {
        DeferredDelivery later = new DeferredDelivery();
        HostPoller slow = new HostPoller(later, CLOCK);
        slow.refresh(host);
        assertThat(host.isLoading()).isTrue();
        int before = service.snapshots("web").size();
        service.execute(SnapshotCommand.of("web"));
        slow.refresh(host);
        later.deliverAll();
        assertThat(row("web").pot().snapshots()).hasSize(before + 1);
    }
}
