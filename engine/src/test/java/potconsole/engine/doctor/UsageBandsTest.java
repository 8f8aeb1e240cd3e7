package potconsole.engine.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UsageBandsTest {
    private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");

    /** Nine pots, pot i using i MiB and i % CPU; two samples 5 s apart. */
    private static HostUsageHistory nine() {
        HostUsageHistory h = new HostUsageHistory();
        for (int t = 0; t < 2; t++) {
            List<UsageReading> readings = new ArrayList<>();
            for (int i = 1; i <= 9; i++) {
                UsageSample s = new UsageSample(T0.plusSeconds(5L * t), (long) i << 20, 0, i + t);
                readings.add(new UsageReading("pot" + i, Optional.of(s), Optional.empty()));
            }
            h.add(readings);
        }
        return h;
    }

    @Test
    void theHeaviestPotsOwnABandByNameAndTheRestAreSummed() {
        UsageBands bands = UsageBands.of(nine(), Duration.ofMinutes(10));

        assertThat(bands.memory())
                .extracting(UsageBands.Band::name)
                .containsExactly("pot3", "pot4", "pot5", "pot6", "pot7", "pot8", "pot9", "2 other pots");
        UsageBands.Band others = bands.memory().get(7);
        assertThat(others.points()).containsExactly(new UsageBands.Point(-5, 3), new UsageBands.Point(0, 3));
        assertThat(bands.cpu().get(0).points())
                .as("pot3's CPU, seconds before the newest sample")
                .containsExactly(new UsageBands.Point(-5, 3), new UsageBands.Point(0, 4));
        assertThat(bands.cpu().get(7).points())
                .containsExactly(new UsageBands.Point(-5, 1 + 2), new UsageBands.Point(0, 2 + 3));
    }

    @Test
    void anEmptyHistoryHasNoBandsAndFewPotsNoOthersBand() {
        assertThat(UsageBands.of(new HostUsageHistory(), Duration.ofMinutes(10)))
                .isEqualTo(UsageBands.NONE);
        HostUsageHistory two = new HostUsageHistory();
        two.add(List.of(new UsageReading("solo", Optional.of(new UsageSample(T0, 1 << 20, 0, 1)), Optional.empty())));
        assertThat(UsageBands.of(two, Duration.ofMinutes(10)).memory())
                .containsExactly(new UsageBands.Band("solo", List.of(new UsageBands.Point(0, 1))));
    }
}
