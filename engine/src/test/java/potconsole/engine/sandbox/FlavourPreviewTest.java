package potconsole.engine.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.flavour.FlavourTemplates;
import potconsole.engine.model.NetworkType;

class FlavourPreviewTest {
    static List<FlavourPreview.Flavour> seedFlavours() throws Exception {
        return List.of(
                new FlavourPreview.Flavour(
                        "nginx-test",
                        Optional.of(FlavourTemplates.read("nginx-test")),
                        Optional.of(FlavourTemplates.read("nginx-test.sh"))),
                new FlavourPreview.Flavour(
                        "nginx-test-cmd", Optional.of(FlavourTemplates.read("nginx-test-cmd")), Optional.empty()));
    }

    @Test
    void theSeedFlavoursChangeAttributesResourcesPortsAndTheCommandAndNothingElse() throws Exception {
        FlavourPreview.Result result = FlavourPreview.of("web", "13.2", NetworkType.PUBLIC_BRIDGE, seedFlavours());

        assertThat(result.succeeded()).as(String.join("\n", result.output())).isTrue();
        assertThat(result.confDiff())
                .containsExactly(
                        "~ pot.cmd: sh /etc/rc → nginx -g 'daemon off;'",
                        "~ pot.attr.no-rc-script: NO → YES",
                        "~ pot.attr.persistent: YES → NO",
                        "+ pot.rss.cpus=1",
                        "+ pot.rss.memory=256M",
                        "+ pot.export.ports=80");
        assertThat(result.output())
                .contains("'/usr/local/etc/pot/flavours/nginx-test.sh' -> '/opt/pot/jails/web/m/tmp/nginx-test.sh'");
        assertThat(result.fscompDiff()).isEmpty();
    }

    @Test
    void aMountInShowsInFscompConfAndAnInvalidLineIsIgnoredAsPotDoes() {
        FlavourPreview.Result result = FlavourPreview.of(
                "db",
                "14.1",
                NetworkType.INHERIT,
                List.of(new FlavourPreview.Flavour(
                        "data",
                        Optional.of("mount-in -d /srv/data -m /var/db\nset-attr -A persistent -V NO\n"),
                        Optional.empty())));

        assertThat(result.succeeded()).isTrue();
        assertThat(result.fscompDiff())
                .singleElement()
                .asString()
                .startsWith("+ /srv/data ")
                .contains("/var/db");
        assertThat(result.output())
                .contains("###>  Flavor data: line set-attr -A persistent -V NO not valid - ignoring");
        assertThat(result.confDiff()).noneMatch(l -> l.contains("persistent"));
    }

    @Test
    void aFailingFlavourCommandFailsThePreviewWithPotsMessage() {
        FlavourPreview.Result result = FlavourPreview.of(
                "web",
                "13.2",
                NetworkType.INHERIT,
                List.of(new FlavourPreview.Flavour(
                        "bad", Optional.of("set-attribute -A persistent -V maybe\n"), Optional.empty())));

        assertThat(result.succeeded()).isFalse();
        assertThat(String.join("\n", result.output())).contains("flavour bad failed");
    }

    @Test
    void everyNetworkTypePreviewsWithTheSameCommandsARealCreateUses() {
        for (NetworkType network : NetworkType.values()) {
            FlavourPreview.Result result = FlavourPreview.of(
                    "net",
                    "13.2",
                    network,
                    List.of(new FlavourPreview.Flavour(
                            "cmd", Optional.of("set-cmd -c /usr/local/bin/app\n"), Optional.empty())));

            assertThat(result.succeeded()).as(network + ": " + result.output()).isTrue();
            assertThat(result.confDiff()).as(network.toString()).anyMatch(l -> l.contains("/usr/local/bin/app"));
        }
    }

    @Test
    void aValueTheRealCreateWouldRejectIsRejectedByThePreviewToo() {
        assertThatThrownBy(() -> FlavourPreview.of("bad name", "13.2", NetworkType.INHERIT, List.of()))
                .isInstanceOf(InvalidArgumentException.class);
    }
}
