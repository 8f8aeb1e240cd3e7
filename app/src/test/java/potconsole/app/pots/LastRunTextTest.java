package potconsole.app.pots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import potconsole.engine.model.LastRunStats;
import potconsole.engine.model.Pot;
import potconsole.engine.model.PotConfig;
import potconsole.engine.model.PotState;
import potconsole.engine.testkit.Transcript;

class LastRunTextTest {
    private static Pot pot(String persistent, OptionalInt exit) {
        String conf = Transcript.load("68-pot-conf-web.txt")
                .stdout()
                .replace("pot.attr.persistent=NO", "pot.attr.persistent=" + persistent);
        return Pot.fromConfig("web", PotConfig.parse(conf), List.of())
                .withRuntime(
                        PotState.STOPPED,
                        List.of(),
                        exit.isPresent() ? Optional.of(new LastRunStats(exit)) : Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty());
    }

    @Test
    void aFreshPersistentPotShowsNoFailedRun() {
        Pot fresh = pot("YES", OptionalInt.of(1));

        assertThat(PotsView.lastRun(fresh)).isEmpty();
        assertThat(PotDetailsTabs.lastRun(fresh))
                .doesNotContain("exit code 1", "failed")
                .isEqualTo("no application run (persistent); its start command (nginx -g 'daemon off;') returned 1"
                        + " at its last start");
    }

    @Test
    void aNonPersistentPotShowsItsApplicationsExit() {
        assertThat(PotsView.lastRun(pot("NO", OptionalInt.of(3)))).isEqualTo("exit 3");
        assertThat(PotDetailsTabs.lastRun(pot("NO", OptionalInt.of(3))))
                .isEqualTo("its command failed with exit code 3");
        assertThat(PotsView.lastRun(pot("NO", OptionalInt.of(0)))).isEqualTo("ok");
        assertThat(PotDetailsTabs.lastRun(pot("NO", OptionalInt.empty()))).isEqualTo("never ran");
    }
}
