package potconsole.app.pots;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.app.state.HostEntry;
import potconsole.app.state.HostPoller;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.Privilege;
import potconsole.engine.job.JobRunner;
import potconsole.engine.model.NetworkType;
import potconsole.engine.model.PotState;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/** The table's state, network, host and tag filters (empty: all) and their memory per window. */
class PotFiltersTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);

    private final SandboxHost sandbox = SandboxHost.demoForTests(CLOCK);
    private final HostEntry host = new HostEntry("Sandbox", true, new PotService(sandbox, Privilege.NONE, CLOCK));
    private final PotsViewModel pots = new PotsViewModel(FXCollections.observableArrayList(host));

    @TempDir
    Path dir;

    @Test
    void eachFilterNarrowsTheRowsAndAnEmptyChoiceShowsAll() {
        new HostPoller(JobRunner.inline(), CLOCK).refresh(host);
        int all = pots.visibleRows().size();
        assertThat(pots.allRows().stream().map(r -> r.pot().state()).distinct().count())
                .as("the sandbox has pots in more than one state")
                .isGreaterThan(1);

        pots.stateFilter().add(PotState.RUNNING);
        assertThat(pots.visibleRows()).isNotEmpty().allMatch(r -> r.pot().state() == PotState.RUNNING);
        assertThat(pots.visibleRows().size()).isLessThan(all);

        pots.networkFilter().add(NetworkType.INHERIT);
        assertThat(pots.visibleRows())
                .allMatch(r ->
                        r.pot().state() == PotState.RUNNING && r.pot().network().type() == NetworkType.INHERIT);

        pots.stateFilter().clear();
        pots.networkFilter().clear();
        pots.hostFilter().add("elsewhere");
        assertThat(pots.visibleRows()).isEmpty();
        pots.hostFilter().add("Sandbox");
        assertThat(pots.visibleRows()).hasSize(all);
    }

    @Test
    void theTagFilterShowsThePotsWhoseLastExportOrImportCarriedThatTagOrNone() {
        // pot export sets :pot.tag on the pot's dataset; an import receives it with the image (zfs send -R).
        sandbox.run(ExecRequest.of("zfs", "set", ":pot.tag=1.0", "zroot/pot/jails/web"), new ExecListener() {});
        new HostPoller(JobRunner.inline(), CLOCK).refresh(host);
        int all = pots.visibleRows().size();

        pots.tagFilter().add("1.0");
        assertThat(pots.visibleRows()).extracting(PotRow::name).containsExactly("web");

        pots.tagFilter().add(PotsViewModel.NO_TAG);
        assertThat(pots.visibleRows()).hasSize(all);
        pots.tagFilter().remove("1.0");
        assertThat(pots.visibleRows()).hasSize(all - 1).noneMatch(r -> r.name().equals("web"));
    }

    @Test
    void eachWindowRemembersItsOwnChoice() {
        Path file = dir.resolve("state/filters.properties");
        new PotFilterMemory(file, "main").save("state", Set.of("RUNNING", "STOPPED"));
        new PotFilterMemory(file, "other").save("state", Set.of("DOA"));

        assertThat(new PotFilterMemory(file, "main").load("state")).containsExactlyInAnyOrder("RUNNING", "STOPPED");
        assertThat(new PotFilterMemory(file, "other").load("state")).containsExactly("DOA");
        assertThat(new PotFilterMemory(file, "main").load("network")).isEmpty();
    }
}
