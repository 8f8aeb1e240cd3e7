package potconsole.engine.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import potconsole.engine.model.Attribute;
import potconsole.engine.testkit.Transcript;

class InfoParserTest {
    @Test
    void singleInheritPot() {
        PotInfo info = InfoParser.pot(Transcript.load("12-info-v.txt").data());
        assertThat(info.name()).isEqualTo("web");
        assertThat(info.type()).isEqualTo("single");
        assertThat(info.level()).isZero();
        assertThat(info.networkType()).isEqualTo("inherit");
        assertThat(info.exportedPorts()).isEmpty();
        assertThat(info.datasets()).containsExactly(new DatasetLine("", "web/m"));
        assertThat(info.snapshots()).isEmpty();
        assertThat(info.attributes()).hasSize(9).containsEntry("persistent", "YES");
        assertThat(info.jailAttributes())
                .hasSize(17)
                .containsEntry("devfs_ruleset", "4")
                .containsEntry("exec_stop", "NO");
    }

    @Test
    void infoListsEveryAttributeInTheModelsOrder() {
        PotInfo info = InfoParser.pot(Transcript.load("12-info-v.txt").data());
        List<String> printed = new java.util.ArrayList<>(info.attributes().keySet());
        printed.addAll(info.jailAttributes().keySet());
        assertThat(printed)
                .containsExactlyElementsOf(java.util.Arrays.stream(Attribute.values())
                        .map(Attribute::potName)
                        .toList());
        for (Attribute a : Attribute.values()) {
            String shown = a.scope() == Attribute.Scope.POT
                    ? info.attributes().get(a.potName())
                    : info.jailAttributes().get(a.potName());
            if (a != Attribute.PERSISTENT) {
                assertThat(shown).as(a.potName()).isEqualTo(a.defaultValue());
            }
        }
    }

    @Test
    void multiPotDatasets() {
        PotInfo info = InfoParser.pot(Transcript.load("14-info-v-multi.txt").data());
        assertThat(info.type()).isEqualTo("multi");
        assertThat(info.level()).isEqualTo(1);
        assertThat(info.datasets())
                .extracting(DatasetLine::mountPoint)
                .containsExactly("/", "/usr/local", "/opt/custom");
    }

    @Test
    void bridgePotShowsIpAndExportedPorts() {
        PotInfo info = InfoParser.pot(Transcript.load("28-info-v-bridge.txt").data());
        assertThat(info.ip()).contains("10.192.0.3");
        assertThat(info.exportedPorts()).hasValue(List.of("80:8080", "443"));
    }

    @Test
    void privateBridgePotShowsBridgeAndNoPorts() {
        PotInfo info = InfoParser.pot(Transcript.load("79-info-v-private.txt").data());
        assertThat(info.networkType()).isEqualTo("private-bridge");
        assertThat(info.bridge()).contains("xnet");
        assertThat(info.ip()).contains("10.192.0.10");
        assertThat(info.exportedPorts()).hasValue(List.of());
    }

    @Test
    void customisedPotShowsFscompMountsAndAttributes() {
        PotInfo info = InfoParser.pot(Transcript.load("90-info-v-custom.txt").data());
        assertThat(info.datasets())
                .containsExactly(
                        new DatasetLine("", "x-web/m"),
                        new DatasetLine("/data", "fscomp/xdata"),
                        new DatasetLine("/hosttmp", "/tmp"));
        assertThat(info.attributes()).containsEntry("start-at-boot", "YES");
    }

    @Test
    void runningCheckHasNoOutputAndAnswersByExitCode() {
        Transcript stopped = Transcript.load("13-info-r-stopped.txt");
        Transcript running = Transcript.load("33-info-r-running.txt");
        assertThat(stopped.stdout()).isEmpty();
        assertThat(running.stdout()).isEmpty();
        assertThat(stopped.exitCode()).isEqualTo(1);
        assertThat(running.exitCode()).isZero();
    }

    @Test
    void environmentForHooks() {
        assertThat(InfoParser.environment(Transcript.load("29-info-E.txt").data()))
                .containsExactly(
                        java.util.Map.entry("_POT_NAME", "nginx"), java.util.Map.entry("_POT_IP", "10.192.0.3"));
        assertThat(InfoParser.environment(
                        Transcript.load("96-info-E-running.txt").data()))
                .containsEntry("_POT_JID", "11");
    }

    @Test
    void snapshotLists() {
        assertThat(InfoParser.snapshots(Transcript.load("51-info-s.txt").data()))
                .containsExactly("1795377455", "1795377456");
        assertThat(InfoParser.snapshots(Transcript.load("52-info-s-v.txt").data()))
                .containsExactly("1795377455", "1795377456");
    }

    @Test
    void bridgeAddresses() {
        assertThat(InfoParser.bridge(Transcript.load("77-info-B.txt").data()))
                .containsExactly(
                        new InfoParser.BridgeAddress("10.192.0.8", "xnet bridge - network"),
                        new InfoParser.BridgeAddress("10.192.0.9", "xnet bridge - gateway"),
                        new InfoParser.BridgeAddress("10.192.0.15", "xnet bridge - broadcast"));
    }
}
