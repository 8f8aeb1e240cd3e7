package potconsole.engine.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.Pot;
import potconsole.engine.model.PotConfig;
import potconsole.engine.model.PotSettings;
import potconsole.engine.model.PotState;
import potconsole.engine.testkit.Transcript;

class InventoryDiffTest {
    private static Pot pot(String name, String conf) {
        return Pot.fromConfig(name, PotConfig.parse(conf), List.of());
    }

    private static HostInventory inv(Pot... pots) {
        return new HostInventory(
                PotSettings.defaults(),
                List.of(pots),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Instant.EPOCH);
    }

    @Test
    void reportsAddedRemovedAndChanged() {
        String web = Transcript.load("68-pot-conf-web.txt").stdout();
        String nginx = Transcript.load("69-pot-conf-nginx.txt").stdout();
        HostInventory before = inv(pot("web", web), pot("nginx", nginx), pot("old", web));
        Pot running = pot("nginx", nginx)
                .withRuntime(
                        PotState.RUNNING,
                        List.of(),
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        java.util.Optional.empty());
        HostInventory after = inv(pot("web", web), running, pot("new", web));
        InventoryDiff diff = InventoryDiff.between(before, after);
        assertThat(diff.added()).containsExactly("new");
        assertThat(diff.removed()).containsExactly("old");
        assertThat(diff.changed()).containsExactly("nginx");
        assertThat(InventoryDiff.between(after, after).isEmpty()).isTrue();
    }
}
