package potconsole.engine.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import potconsole.engine.testkit.Transcript;

class ListParserTest {
    @Test
    void plainListOfTheFreshHostHasOnlyTheBasePot() {
        List<PotListing> pots =
                ListParser.pots(Transcript.load("01-ls-initial.txt").data());
        assertThat(pots).extracting(PotListing::name).containsExactly("base-13_2");
        assertThat(pots.get(0).network()).isEqualTo("inherit");
        assertThat(pots.get(0).active()).isFalse();
    }

    @Test
    void plainListReadsNetworkIpAndActive() {
        List<PotListing> pots = ListParser.pots(Transcript.load("09-ls.txt").data());
        assertThat(pots).extracting(PotListing::name).containsExactly("base-13_2", "demo", "multi", "nginx", "web");
        PotListing nginx = pots.get(3);
        assertThat(nginx.network()).isEqualTo("public-bridge");
        assertThat(nginx.ip()).contains("10.192.0.3");
        assertThat(pots.get(4).ip()).isEmpty();
    }

    @Test
    void quietListsAreNames() {
        assertThat(ListParser.names(Transcript.load("10-ls-q.txt").data()))
                .containsExactly("base-13_2", "demo", "multi", "nginx", "web");
        assertThat(ListParser.names(Transcript.load("67-ls-final.txt").data()))
                .containsExactly("base-13_2", "demo", "multi", "nginx", "web");
    }

    @Test
    void verboseListReadsLevelsDatasetsAndSnapshots() {
        List<PotListing> pots = ListParser.pots(Transcript.load("11-ls-v.txt").data());
        PotListing base = pots.get(0);
        assertThat(base.level()).contains(0);
        assertThat(base.base()).contains("13.2");
        assertThat(base.datasets())
                .containsExactly(
                        new DatasetLine("/", "bases/13.2"),
                        new DatasetLine("/usr/local", "bases/13.2/usr.local"),
                        new DatasetLine("/opt/custom", "bases/13.2/custom"));
        assertThat(base.snapshots()).isEmpty();
        PotListing multi = pots.get(2);
        assertThat(multi.level()).contains(1);
        assertThat(multi.datasets()).extracting(DatasetLine::source).contains("jails/multi/usr.local");
        assertThat(pots.get(4).datasets()).isEmpty();
    }

    @Test
    void verboseListShowsTheRunningPotActive() {
        List<PotListing> pots =
                ListParser.pots(Transcript.load("36-ls-v-running.txt").data());
        assertThat(pots)
                .filteredOn(PotListing::active)
                .extracting(PotListing::name)
                .containsExactly("nginx");
    }

    @Test
    void otherListsArePrefixedLines() {
        assertThat(ListParser.prefixed(Transcript.load("02-ls-bases.txt").data(), "bases: "))
                .containsExactly("13.2");
        assertThat(ListParser.prefixed(Transcript.load("03-ls-flavours.txt").data(), "flavour: "))
                .containsExactly("dns", "fbsd-update", "demo-nginx", "slim");
        assertThat(ListParser.prefixed(Transcript.load("74-ls-B-empty.txt").data(), "bridge: "))
                .isEmpty();
        assertThat(ListParser.prefixed(Transcript.load("76-ls-B.txt").data(), "bridge: "))
                .containsExactly("xnet");
        assertThat(ListParser.prefixed(Transcript.load("81-ls-f-fscomps.txt").data(), "fscomp: "))
                .containsExactly("xdata");
    }

    @Test
    void listAllCombinesEverySection() {
        String joined = String.join("\n", Transcript.load("02-ls-bases.txt").data()) + "\n"
                + Transcript.load("09-ls.txt").stdout()
                + Transcript.load("81-ls-f-fscomps.txt").stdout()
                + Transcript.load("03-ls-flavours.txt").stdout()
                + Transcript.load("76-ls-B.txt").stdout();
        ListParser.ListAll all = ListParser.all(PotOutput.lines(joined));
        assertThat(all.bases()).containsExactly("13.2");
        assertThat(all.pots()).hasSize(5);
        assertThat(all.fscomps()).containsExactly("xdata");
        assertThat(all.flavours()).hasSize(4);
        assertThat(all.bridges()).containsExactly("xnet");
        assertThat(all.pots().get(3).ip()).isEqualTo(Optional.of("10.192.0.3"));
    }
}
