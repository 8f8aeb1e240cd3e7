package potconsole.engine.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;
import potconsole.engine.exec.LocalRunner;
import potconsole.engine.model.FscompEntry;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.NetworkType;
import potconsole.engine.model.Pot;
import potconsole.engine.model.PotState;
import potconsole.engine.model.PotType;
import potconsole.engine.model.Snapshot;
import potconsole.engine.testkit.FakePotHost;
import potconsole.engine.testkit.RequiredTool;
import potconsole.engine.testkit.Transcript;

/** Runs the real inventory script under several POSIX shells against a pot host laid out on disk. */
class InventoryScriptTest {
    @TempDir
    Path dir;

    private FakePotHost recordedHost() {
        return new FakePotHost(dir)
                .pot("web", Transcript.load("68-pot-conf-web.txt").stdout(), "")
                .pot("nginx", Transcript.load("69-pot-conf-nginx.txt").stdout(), "")
                .pot(
                        "x-web",
                        Transcript.load("91-pot-conf-custom.txt").stdout(),
                        Transcript.load("84-fscomp-conf.txt").stdout())
                .pot(
                        "x-clone",
                        Transcript.load("91-pot-conf-custom.txt").stdout().replace("x-web.vm", "x-clone.vm"),
                        "")
                .pot(
                        "multi",
                        multiConf(),
                        Transcript.load("70-fscomp-conf-multi.txt").stdout())
                .lastRun("web", Transcript.load("44-last-run-stats.txt").stdout())
                .status("nginx", Transcript.load("93-status-file-running.txt").stdout())
                .status("web", "pot.status=stopped,\n")
                .jails(List.of("nginx"))
                .fake("snapshots", Transcript.load("106-zfs-snapshots-H.txt").stdout())
                .fake("props", Transcript.load("105-zfs-props.txt").stdout())
                .fake("fscomps", "zroot/pot/fscomp\nzroot/pot/fscomp/xdata\n")
                .base("13.2")
                .bridge("xnet", "net=10.192.0.8/29\ngateway=10.192.0.9\nname=xnet\n")
                .flavourFiles("dns", "dns.sh", "fbsd-update.sh", "demo-nginx.sh", "slim.sh");
    }

    @Test
    void hookScriptsAreListed() throws Exception {
        FakePotHost host = recordedHost();
        java.nio.file.Files.writeString(host.fsRoot.resolve("jails/x-web/conf/prestart.sh"), "echo hi\n");
        java.nio.file.Files.writeString(host.fsRoot.resolve("jails/x-web/conf/poststop.sh"), "echo bye\n");
        HostInventory inv = run(host, List.of("/usr/bin/dash"));
        assertThat(inv.pot("x-web").orElseThrow().hooks()).containsExactly("prestart", "poststop");
        assertThat(inv.pot("web").orElseThrow().hooks()).isEmpty();
    }

    private static String multiConf() {
        return "pot.level=1\npot.type=multi\npot.base=13.2\npot.potbase=\npot.dns=inherit\npot.cmd=sh /etc/rc\n"
                + "host.hostname=\"multi.vm\"\nnetwork_type=inherit\nvnet=false\n";
    }

    private static HostInventory run(FakePotHost host, List<String> shell) {
        InventoryScript script = InventoryScript.create();
        CapturingListener out = new CapturingListener();
        ExecResult result = new LocalRunner(shell).run(ExecRequest.script(script.text(host.pathPreamble())), out);
        assertThat(result.exitCode()).as("stderr: %s", out.stderr()).isZero();
        return InventoryParser.parse(script.marker(), out.stdout(), Instant.EPOCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/bin/sh", "/usr/bin/dash", "/bin/bash --posix", "busybox sh"})
    void readsTheWholeHostUnderEveryShell(String shell) {
        List<String> words = List.of(shell.split(" "));
        RequiredTool.require(
                Files.isExecutable(Path.of(words.get(0))) || onPath(words.get(0)),
                words.get(0),
                words.get(0).endsWith("dash") ? "dash" : words.get(0).equals("busybox") ? "busybox" : "bash");
        HostInventory inv = run(recordedHost(), words);

        assertThat(inv.settings().fsRoot()).isEqualTo(dir.resolve("opt/pot").toString());
        assertThat(inv.settings().version()).contains("0.16.0");
        assertThat(inv.pots()).extracting(Pot::name).containsExactly("multi", "nginx", "web", "x-clone", "x-web");

        Pot nginx = inv.pot("nginx").orElseThrow();
        assertThat(nginx.state()).isEqualTo(PotState.RUNNING);
        assertThat(nginx.network().type()).isEqualTo(NetworkType.PUBLIC_BRIDGE);
        assertThat(nginx.network().primaryIp()).contains("10.192.0.3");
        assertThat(nginx.exportedPorts()).hasSize(2);

        Pot web = inv.pot("web").orElseThrow();
        assertThat(web.state()).isEqualTo(PotState.STOPPED);
        assertThat(web.type()).isEqualTo(PotType.SINGLE);
        assertThat(web.cmd()).contains("nginx -g 'daemon off;'");
        assertThat(web.lastRun())
                .hasValueSatisfying(l -> assertThat(l.exitCode()).isEqualTo(OptionalInt.of(1)));

        Pot xweb = inv.pot("x-web").orElseThrow();
        assertThat(xweb.snapshots()).containsExactly(new Snapshot("1795391576"));
        assertThat(xweb.imageTag()).contains("3.0");
        assertThat(xweb.imageSnapshot()).contains("1795391576");
        assertThat(xweb.fscomps()).contains(new FscompEntry("/tmp", "/hosttmp", FscompEntry.Option.RO));
        assertThat(xweb.hosts()).hasSize(2);

        assertThat(inv.pot("x-clone").orElseThrow().origin()).contains("zroot/pot/jails/x-web/m@1795391576");
        assertThat(inv.pot("multi").orElseThrow().fscomps()).hasSize(3);

        assertThat(inv.bases()).extracting(b -> b.name()).containsExactly("13.2");
        assertThat(inv.fscomps()).extracting(f -> f.name()).containsExactly("xdata");
        assertThat(inv.bridges())
                .singleElement()
                .satisfies(b -> assertThat(b.gateway()).contains("10.192.0.9"));
        assertThat(inv.flavours())
                .extracting(f -> f.name())
                .containsExactly("demo-nginx", "dns", "fbsd-update", "slim");
        assertThat(inv.flavours().get(1).hasCommandFile()).isTrue();
        assertThat(inv.flavours().get(1).hasBootstrap()).isTrue();
        assertThat(inv.runningJails()).containsExactly("nginx");
    }

    @Test
    void everyShellProducesTheSameInventory() {
        FakePotHost host = recordedHost();
        HostInventory sh = run(host, List.of("/bin/sh"));
        assertThat(run(host, List.of("/usr/bin/dash"))).isEqualTo(sh);
        assertThat(run(host, List.of("/bin/bash", "--posix"))).isEqualTo(sh);
        if (onPath("busybox") || RequiredTool.onCi()) {
            RequiredTool.require("busybox", "busybox");
            assertThat(run(host, List.of("busybox", "sh"))).isEqualTo(sh);
        }
    }

    /** A snapshot taken of the root file system alone ({@code NAME/m@…}) is still one the pot loses with it. */
    @Test
    void snapshotsOnlyOnTheRootFileSystemAreCounted() {
        FakePotHost host = new FakePotHost(dir);
        String conf = Transcript.load("69-pot-conf-nginx.txt").stdout();
        host.pot("web", conf.replace("nginx.vm", "web.vm"), "");
        host.fake(
                "snapshots",
                "zroot/pot/jails/web@1795377455\n"
                        + "zroot/pot/jails/web/m@1795377455\n"
                        + "zroot/pot/jails/web/m@1795380000\n");
        HostInventory inv = run(host, List.of("/usr/bin/dash"));
        assertThat(inv.pot("web").orElseThrow().snapshots())
                .extracting(potconsole.engine.model.Snapshot::name)
                .containsExactly("1795377455", "1795380000");
    }

    @Test
    void emptyHost() {
        HostInventory inv = run(new FakePotHost(dir), List.of("/usr/bin/dash"));
        assertThat(inv.pots()).isEmpty();
        assertThat(inv.bases()).isEmpty();
        assertThat(inv.flavours()).isEmpty();
    }

    @Test
    void fiveHundredPots() {
        FakePotHost host = new FakePotHost(dir);
        String conf = Transcript.load("69-pot-conf-nginx.txt").stdout();
        StringBuilder snaps = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            String name = String.format("pot%03d", i);
            host.pot(name, conf.replace("nginx.vm", name + ".vm"), "");
            snaps.append("zroot/pot/jails/").append(name).append("@1795377455\n");
        }
        host.fake("snapshots", snaps.toString());
        HostInventory inv = run(host, List.of("/usr/bin/dash"));
        assertThat(inv.pots()).hasSize(500);
        assertThat(inv.pots()).allSatisfy(p -> assertThat(p.snapshots()).hasSize(1));
        assertThat(inv.pot("pot499").orElseThrow().hostname()).contains("pot499.vm");
    }

    @Test
    void fileContentCannotForgeFrames() {
        FakePotHost host = recordedHost();
        String evil = Transcript.load("68-pot-conf-web.txt").stdout() + "pot.cmd=@@POTINV-0000 END\n";
        host.pot("web", evil, "");
        HostInventory inv = run(host, List.of("/usr/bin/dash"));
        assertThat(inv.pot("web").orElseThrow().cmd()).contains("@@POTINV-0000 END");
        assertThat(inv.pots()).hasSize(5);
    }

    @Test
    void hostWithoutPotSaysSo() {
        InventoryScript script = InventoryScript.create();
        CapturingListener out = new CapturingListener();
        new LocalRunner().run(ExecRequest.script(script.text("PATH=/nonexistent; export PATH")), out);
        assertThatThrownBy(() -> InventoryParser.parse(script.marker(), out.stdout(), Instant.EPOCH))
                .isInstanceOf(InventoryException.class)
                .extracting(e -> ((InventoryException) e).reason())
                .isEqualTo(InventoryException.Reason.POT_NOT_INSTALLED);
    }

    @Test
    void cutOffOutputIsNotAnEmptyHost() {
        InventoryScript script = InventoryScript.create();
        assertThatThrownBy(() ->
                        InventoryParser.parse(script.marker(), List.of(script.marker() + " START 1"), Instant.EPOCH))
                .isInstanceOf(InventoryException.class)
                .hasMessageContaining("cut off");
    }

    @Test
    void readOnlyAccountInGroupPotGetsTheFullInventory() throws IOException {
        assumeTrue("root".equals(System.getProperty("user.name")), "switching to another account needs root");
        RequiredTool.require("setpriv", "util-linux");
        FakePotHost host = recordedHost();
        openPathTo(dir);
        restrictToGroup(host.fsRoot, "nogroup");
        HostInventory asMember =
                run(host, List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "/bin/sh"));
        assertThat(asMember.pots()).hasSize(5);
        assertThat(asMember.settings().get("user")).isEqualTo("nobody");
        assertThatThrownBy(() ->
                        run(host, List.of("setpriv", "--reuid=nobody", "--regid=12345", "--clear-groups", "/bin/sh")))
                .isInstanceOf(InventoryException.class)
                .extracting(e -> ((InventoryException) e).reason())
                .isEqualTo(InventoryException.Reason.FS_ROOT_UNREADABLE);
    }

    private static void openPathTo(Path p) throws IOException {
        for (Path q = p; q != null && !q.toString().equals("/"); q = q.getParent()) {
            Files.setPosixFilePermissions(q, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static void restrictToGroup(Path fsRoot, String group) throws IOException {
        var lookup = fsRoot.getFileSystem().getUserPrincipalLookupService();
        Files.getFileAttributeView(fsRoot, java.nio.file.attribute.PosixFileAttributeView.class)
                .setGroup(lookup.lookupPrincipalByGroupName(group));
        Files.setPosixFilePermissions(fsRoot, PosixFilePermissions.fromString("rwxr-x---"));
    }

    static boolean onPath(String command) {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(d, command))) {
                return true;
            }
        }
        return false;
    }
}
