package potconsole.app.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import potconsole.engine.doctor.UsageBands;

class FittedAxisTest {
    @Test
    void theUpperBoundIsTheRoundNumberJustAboveTheHighestPoint() {
        assertThat(FittedAxis.upper(0)).isEqualTo(1);
        assertThat(FittedAxis.upper(Double.NaN)).isEqualTo(1);
        assertThat(FittedAxis.upper(0.3)).isEqualTo(0.5);
        assertThat(FittedAxis.upper(1.5)).isEqualTo(2);
        assertThat(FittedAxis.upper(2))
                .as("2 % headroom: the top never touches the frame")
                .isEqualTo(2.5);
        assertThat(FittedAxis.upper(37)).isEqualTo(50);
        assertThat(FittedAxis.upper(98)).isEqualTo(100);
        assertThat(FittedAxis.upper(199)).isEqualTo(250);
        assertThat(FittedAxis.upper(6000)).isEqualTo(10000);
    }

    @Test
    void stackedBandsAreSummedPerSampleTime() {
        List<UsageBands.Band> bands = List.of(
                new UsageBands.Band("a", List.of(new UsageBands.Point(-5, 10), new UsageBands.Point(0, 30))),
                new UsageBands.Band("b", List.of(new UsageBands.Point(-5, 40), new UsageBands.Point(0, 5))),
                new UsageBands.Band("new", List.of(new UsageBands.Point(0, 1))));
        assertThat(FittedAxis.stackedMax(bands)).isEqualTo(50);
        assertThat(FittedAxis.stackedMax(List.of())).isZero();
    }
}
