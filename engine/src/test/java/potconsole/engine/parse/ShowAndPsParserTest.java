package potconsole.engine.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import potconsole.engine.testkit.Transcript;

class ShowAndPsParserTest {
    @Test
    void showWithNothingRunningIsEmpty() {
        assertThat(ShowParser.parse(Transcript.load("15-show-none-running.txt").data()))
                .isEmpty();
    }

    @Test
    void showAllGivesDiskUsagePerPot() {
        var usage = ShowParser.parse(Transcript.load("16-show-a.txt").data());
        assertThat(usage).extracting(PotUsage::name).containsExactly("base-13_2", "demo", "multi", "nginx", "web");
        assertThat(usage.get(2).diskUsage()).isEqualTo("572K");
    }

    @Test
    void showOfARunningBridgePotReadsRedirections() {
        for (String file : new String[] {"34-show.txt", "35-show-v-p.txt"}) {
            Transcript t = Transcript.load(file);
            var usage = ShowParser.parse(t.data());
            assertThat(usage).hasSize(1);
            assertThat(usage.get(0).diskUsage()).isEqualTo("2.19M");
            assertThat(usage.get(0).portRedirections())
                    .containsExactly("(em0) port 8080 -> 10.192.0.3 port 80", "(em0) port 1024 -> 10.192.0.3 port 443");
            assertThat(t.output().infos()).containsExactly("runtime memory usage require rctl enabled");
        }
    }

    @Test
    void showOfARunningInheritPot() {
        var usage = ShowParser.parse(Transcript.load("94-show-running.txt").data());
        assertThat(usage).singleElement().extracting(PotUsage::name).isEqualTo("x-nginx");
        assertThat(usage.get(0).portRedirections()).isEmpty();
    }

    @Test
    void psReadsNetworkStatusAndNames() {
        var ps = PsParser.parse(Transcript.load("31-ps.txt").output());
        assertThat(ps.network()).contains(PsParser.InternalNetwork.DOWN);
        assertThat(ps.running()).containsExactly("nginx");
        var quiet = PsParser.parse(Transcript.load("32-ps-q.txt").output());
        assertThat(quiet.network()).isEmpty();
        assertThat(quiet.running()).containsExactly("nginx");
        assertThat(PsParser.parse(Transcript.load("95-ps-running.txt").output()).running())
                .containsExactly("x-nginx", "x-web");
        assertThat(PsParser.parse(Transcript.load("99-still-running-dep.txt").output())
                        .running())
                .containsExactly("x-web");
    }
}
