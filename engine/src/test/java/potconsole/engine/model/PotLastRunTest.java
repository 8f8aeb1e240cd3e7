package potconsole.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import potconsole.engine.testkit.Transcript;

class PotLastRunTest {
    static Pot pot(String persistent, OptionalInt exit) {
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
    void aPersistentPotsStartCommandStatusIsNoApplicationExit() {
        // pot create starts a pot for a flavour's bootstrap, and start writes sh /etc/rc's status: { "ExitCode": 1 }
        // on a pot that never ran anything.
        Pot fresh = pot("YES", OptionalInt.of(1));
        assertThat(fresh.persistent()).isTrue();
        assertThat(fresh.lastApplicationExit()).isEmpty();
    }

    @Test
    void aNonPersistentPotsLastRunIsItsApplicationsExit() {
        assertThat(pot("NO", OptionalInt.of(3)).lastApplicationExit()).hasValue(3);
        assertThat(pot("NO", OptionalInt.empty()).lastApplicationExit()).isEmpty();
    }
}
