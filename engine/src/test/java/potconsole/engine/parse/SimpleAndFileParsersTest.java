package potconsole.engine.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import potconsole.engine.model.FscompEntry;
import potconsole.engine.model.NetworkType;
import potconsole.engine.model.PortMapping;
import potconsole.engine.model.PotConfig;
import potconsole.engine.model.PotType;
import potconsole.engine.model.StatusFileState;
import potconsole.engine.testkit.Transcript;

class SimpleAndFileParsersTest {
    @Test
    void versionAndConfig() {
        assertThat(SimpleParsers.version(Transcript.load("00-version.txt").data()))
                .isEqualTo("0.16.0");
        assertThat(SimpleParsers.version(List.of("0.16.0"))).isEqualTo("0.16.0");
        assertThat(SimpleParsers.configValue(
                        Transcript.load("04-config-fs_root.txt").data()))
                .isEqualTo("/opt/pot");
    }

    @Test
    void getAttributeInBothForms() {
        assertThat(SimpleParsers.attribute(Transcript.load("17-get-attr.txt").output(), "persistent", false))
                .contains("YES");
        assertThat(SimpleParsers.attribute(Transcript.load("18-get-attr-q.txt").output(), "persistent", true))
                .contains("YES");
        assertThat(SimpleParsers.attribute(
                        Transcript.load("20-get-attr-after.txt").output(), "persistent", false))
                .contains("NO");
        assertThat(SimpleParsers.attribute(PotOutput.of(List.of(""), List.of()), "x", true))
                .isEmpty();
    }

    @Test
    void lastRunStats() {
        assertThat(SimpleParsers.lastRunStats(
                                Transcript.load("44-last-run-stats.txt").data())
                        .exitCode())
                .hasValue(1);
        assertThat(SimpleParsers.lastRunStats(List.of("{}")).exitCode()).isEmpty();
    }

    @Test
    void jlsTableWithEmptyIpColumn() {
        var jails = JlsParser.table(Transcript.load("37-jls.txt").stdoutLines());
        assertThat(jails).containsExactly(new JlsParser.Jail(3, "", "nginx.vm", "/opt/pot/jails/nginx/m"));
    }

    @Test
    void zfsListTables() {
        var all = ZfsParser.table(Transcript.load("71-zfs-list.txt").stdoutLines());
        assertThat(all).hasSize(23);
        assertThat(all.get(0)).isEqualTo(new ZfsParser.Dataset("zroot/pot", "12.1M", "1.94G", "112K", "/opt/pot"));
        var partial = ZfsParser.table(PotOutput.lines(Transcript.read("zfs-list-t-all-r-zroot-pot.txt")));
        assertThat(partial).extracting(ZfsParser.Dataset::name).contains("zroot/pot/jails/web@1795377456");
    }

    @Test
    void zfsSnapshotsAndProperties() {
        var snaps =
                ZfsParser.snapshots(Transcript.load("106-zfs-snapshots-H.txt").stdoutLines());
        assertThat(snaps)
                .containsExactly(
                        Map.entry("zroot/pot/jails/x-web", List.of("1795391576")),
                        Map.entry("zroot/pot/jails/x-web/m", List.of("1795391576")));
        var props = ZfsParser.properties(Transcript.load("105-zfs-props.txt").stdoutLines());
        assertThat(props.get("zroot/pot/jails/x-web"))
                .containsEntry(":pot.tag", "3.0")
                .containsEntry(":pot.snap", "1795391576");
        assertThat(props.get("zroot/pot/jails/x-clone/m"))
                .containsEntry("origin", "zroot/pot/jails/x-web/m@1795391576");
        assertThat(props).doesNotContainKey("zroot/pot/jails/x-clone");
    }

    @Test
    void potConfReadsEveryKindOfKey() {
        for (String file : new String[] {"68-pot-conf-web.txt"}) {
            Transcript t = Transcript.load(file);
            PotConfig conf = PotConfig.parse(t.stdout());
            assertThat(conf.render()).isEqualTo(t.stdout());
            assertThat(conf.type()).isEqualTo(PotType.SINGLE);
            assertThat(conf.hostname()).contains("web.vm");
            assertThat(conf.osRelease()).contains("13.2-RELEASE");
            assertThat(conf.cmd()).contains("nginx -g 'daemon off;'");
            assertThat(conf.env()).extracting(e -> e.assignment()).containsExactly("FOO=bar", "GREETING=hello world");
            assertThat(conf.resources().cpus()).contains(1);
            assertThat(conf.resources().memory()).contains("512M");
            assertThat(conf.exportedPorts()).containsExactly(PortMapping.parse("80:8080"));
            assertThat(conf.attributes().get(potconsole.engine.model.Attribute.PERSISTENT))
                    .isEqualTo("NO");
        }
    }

    @Test
    void potConfOfABridgePotAndOfACustomisedPot() {
        PotConfig nginx =
                PotConfig.parse(Transcript.load("69-pot-conf-nginx.txt").stdout());
        assertThat(nginx.network().type()).isEqualTo(NetworkType.PUBLIC_BRIDGE);
        assertThat(nginx.network().ips()).containsExactly("10.192.0.3");
        assertThat(nginx.vnet()).isTrue();
        assertThat(nginx.exportedPorts()).extracting(PortMapping::spec).containsExactly("80:8080", "443");
        PotConfig custom =
                PotConfig.parse(Transcript.load("91-pot-conf-custom.txt").stdout());
        assertThat(custom.hosts())
                .extracting(h -> h.ip() + " " + h.hostname())
                .containsExactly("10.1.2.3 db.local", "10.1.2.4 cache");
        assertThat(custom.render())
                .isEqualTo(Transcript.load("91-pot-conf-custom.txt").stdout());
        String sample = Transcript.read("pot.conf-web.txt");
        assertThat(sample)
                .as("the raw sample is the recorded file")
                .isEqualTo(Transcript.load("68-pot-conf-web.txt").stdout());
        PotConfig withoutType = PotConfig.parse(sample.replace("pot.type=single\n", ""));
        assertThat(withoutType.type()).as("missing pot.type reads as multi").isEqualTo(PotType.MULTI);
    }

    @Test
    void potConfChangeMovesTheKeyToTheEnd() {
        PotConfig conf = PotConfig.parse(
                        Transcript.load("69-pot-conf-nginx.txt").stdout())
                .with("pot.attr.persistent", "NO");
        List<PotConfig.Entry> entries = conf.entries();
        assertThat(entries.get(entries.size() - 1)).isEqualTo(new PotConfig.Entry("pot.attr.persistent", "NO"));
        assertThat(conf.all("pot.attr.persistent")).containsExactly("NO");
    }

    @Test
    void fscompConfInBothForms() {
        assertThat(ConfFiles.fscomp(Transcript.load("70-fscomp-conf-multi.txt").stdout()))
                .containsExactly(
                        new FscompEntry("zroot/pot/bases/13.2", "/", FscompEntry.Option.RO),
                        new FscompEntry(
                                "zroot/pot/jails/multi/usr.local", "/usr/local", FscompEntry.Option.ZFS_REMOUNT),
                        new FscompEntry("zroot/pot/jails/multi/custom", "/opt/custom", FscompEntry.Option.ZFS_REMOUNT));
        assertThat(ConfFiles.fscomp(Transcript.load("84-fscomp-conf.txt").stdout()))
                .containsExactly(
                        new FscompEntry("zroot/pot/fscomp/xdata", "/data", FscompEntry.Option.RW),
                        new FscompEntry("/tmp", "/hosttmp", FscompEntry.Option.RO));
        FscompEntry legacy = new FscompEntry("zroot/pot/fscomp/x", "/opt/pot/jails/p/m/data", FscompEntry.Option.RW);
        assertThat(legacy.mountPointInPot("/opt/pot", "p")).isEqualTo("/data");
    }

    @Test
    void statusFile() {
        var status =
                ConfFiles.status(Transcript.load("93-status-file-running.txt").stdout());
        assertThat(status).hasValueSatisfying(s -> {
            assertThat(s.state()).isEqualTo(StatusFileState.STARTED);
            assertThat(s.interfaces()).isEqualTo("p46b03805175d0:");
        });
        assertThat(ConfFiles.status("pot.status=starting,\npot.status=doa,\n"))
                .hasValueSatisfying(s -> assertThat(s.state()).isEqualTo(StatusFileState.DOA));
    }
}
