package potconsole.engine.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import potconsole.engine.command.CloneCommand;
import potconsole.engine.command.CreateCommand;
import potconsole.engine.command.DestroyCommand;
import potconsole.engine.command.ImportCommand;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.command.ListCommand;
import potconsole.engine.command.NetworkOptions;
import potconsole.engine.command.RenameCommand;
import potconsole.engine.error.UnconfirmedResultException;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;
import potconsole.engine.exec.Privilege;
import potconsole.engine.image.DirectoryStore;
import potconsole.engine.image.ImageName;
import potconsole.engine.image.ImageWriter;
import potconsole.engine.image.Registry;
import potconsole.engine.image.RegistryEntry;
import potconsole.engine.image.XzEngine;
import potconsole.engine.job.JobContext;
import potconsole.engine.job.JobListener;
import potconsole.engine.model.NetworkType;
import potconsole.engine.parse.ImageOutputs;
import potconsole.engine.sandbox.SandboxHost;

/** Issue 13 items 3, 10, 11: results checked on the host, networks checked like potnet, any valid image imports. */
class TruthfulResultsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);
    private final SandboxHost sandbox = SandboxHost.demoForTests(CLOCK);

    @TempDir
    Path workstation;

    /**
     * The real host's answer to an import whose dataset name zfs refuses: the banner, fetch's lines, zfs receive's
     * refusal on stderr, and exit 0 (pot does not check zfs receive).
     */
    private static final class ExitsZeroForImport implements CommandRunner {
        private final CommandRunner real;
        private final String subcommand;

        ExitsZeroForImport(CommandRunner real, String subcommand) {
            this.real = real;
            this.subcommand = subcommand;
        }

        @Override
        public ExecResult run(ExecRequest request, ExecListener listener) {
            List<String> argv = request.argv();
            if (argv.size() > 1 && argv.get(0).equals("pot") && argv.get(1).equals(subcommand)) {
                listener.stdoutLine("===>  importing web @ 1.0 as web_1_0");
                listener.stderrLine("/var/cache/pot/web_1.0.xz                              867 kB  169 MBps");
                listener.stderrLine("cannot receive: invalid name");
                return new ExecResult(0, Instant.EPOCH, Duration.ZERO);
            }
            return real.run(request, listener);
        }

        @Override
        public String describe() {
            return "lying host";
        }
    }

    private static JobContext context() {
        return new JobContext(new JobListener() {}, new Cancellation());
    }

    @Test
    void anImportThatExitsZeroButMadeNoPotFailsWithPotsOwnLines() {
        PotService service = new PotService(new ExitsZeroForImport(sandbox, "import"), Privilege.NONE, CLOCK);
        ImportCommand command = new ImportCommand("web", "1.0", "file:///tmp/images", Optional.empty(), false);

        assertThatThrownBy(() -> service.importImage(command, 5).run(context()))
                .isInstanceOf(UnconfirmedResultException.class)
                .hasMessageContaining("web_1_0 is not on the host")
                .hasMessageContaining("cannot receive: invalid name")
                .hasMessageNotContaining("169 MBps");
    }

    @Test
    void aDestroyThatLeavesThePotIsNotReportedAsDone() {
        PotService service = new PotService(new ExitsZeroForImport(sandbox, "destroy"), Privilege.NONE, CLOCK);

        assertThatThrownBy(() -> service.execute(DestroyCommand.pot("batch")))
                .isInstanceOf(UnconfirmedResultException.class)
                .hasMessageContaining("batch is still on the host");
    }

    @Test
    void createCloneRenameAndDestroyThatWorkPassTheirChecks() {
        PotService service = new PotService(sandbox, Privilege.NONE, CLOCK);
        service.execute(CreateCommand.single("fresh", "13.2", NetworkOptions.none(), List.of()));
        service.execute(CloneCommand.of("fresh2", "web"));
        service.execute(new RenameCommand("fresh2", "fresh3"));
        service.execute(DestroyCommand.pot("fresh"));

        assertThat(service.names(ListCommand.Kind.POTS)).contains("fresh3").doesNotContain("fresh", "fresh2");
    }

    @Test
    void tagsFollowZfsDatasetNameRulesBeforeAnythingIsSent() {
        assertThatThrownBy(() -> new ImportCommand("y-img", "a;b", "file:///tmp/y-images", Optional.empty(), false))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("ZFS dataset");
        for (String bad : List.of("a+b", "1.0~rc1", "v@1", "x#y", "-1", "ü")) {
            assertThatThrownBy(() -> potconsole.engine.command.Validate.tag(bad))
                    .as(bad)
                    .isInstanceOf(InvalidArgumentException.class);
        }
        for (String good : List.of("1.0", "2024-01-05", "1.0:rc1", "1700000000", "v_2")) {
            assertThat(potconsole.engine.command.Validate.tag(good)).isEqualTo(good);
        }
    }

    @Test
    void anExplicitPublicBridgeIpOutsidePotNetworkOrTakenIsRefusedBeforeSending() {
        PotService service = new PotService(sandbox, Privilege.NONE, CLOCK);
        String nginxIp = service.inventory()
                .pot("nginx")
                .orElseThrow()
                .network()
                .primaryIp()
                .orElseThrow();

        assertThatThrownBy(() -> service.execute(create("x1", NetworkType.PUBLIC_BRIDGE, "192.168.1.5", null)))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("outside POT_NETWORK 10.192.0.0/10");
        assertThatThrownBy(() -> service.execute(create("x2", NetworkType.PUBLIC_BRIDGE, nginxIp, null)))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("pot nginx already has it");
        assertThatThrownBy(() -> service.execute(create("x3", NetworkType.PUBLIC_BRIDGE, "10.192.0.1", null)))
                .hasMessageContaining("POT_GATEWAY");
        String dbIp = service.inventory()
                .pot("db")
                .orElseThrow()
                .network()
                .primaryIp()
                .orElseThrow();
        assertThatThrownBy(() -> service.execute(create("x4", NetworkType.PRIVATE_BRIDGE, dbIp, "backend")))
                .hasMessageContaining("pot db already has it");
        assertThatThrownBy(() -> service.execute(create("x5", NetworkType.PRIVATE_BRIDGE, "10.192.3.3", "backend")))
                .hasMessageContaining("outside the bridge's network");
        assertThat(service.names(ListCommand.Kind.POTS)).doesNotContain("x1", "x2", "x3", "x4", "x5");

        service.execute(create("x6", NetworkType.PUBLIC_BRIDGE, "10.192.0.40", null));
        assertThat(service.inventory().pot("x6").orElseThrow().network().primaryIp())
                .contains("10.192.0.40");
    }

    private static CreateCommand create(String name, NetworkType type, String ip, String bridge) {
        return CreateCommand.single(
                name,
                "13.2",
                new NetworkOptions(
                        Optional.of(type),
                        List.of(ip),
                        Optional.ofNullable(bridge),
                        Optional.empty(),
                        Optional.empty()),
                List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"liblzma", "xz-java"})
    void theSandboxImportsTheConsolesOwnWorkstationExport(String engine) throws Exception {
        PotService service = new PotService(sandbox, Privilege.NONE, CLOCK);
        service.exportToWorkstation(
                        new ImageName("nginx", "7.0"),
                        workstation,
                        new ImageWriter.Options(1, 1, 256 * 1024, Optional.empty())
                                .withEngine(XzEngine.of(XzEngine.Kind.parse(engine))),
                        true)
                .run(context());
        Registry registry = new Registry(DirectoryStore.local(workstation));
        RegistryEntry entry = registry.list().stream()
                .filter(e -> e.name().equals(new ImageName("nginx", "7.0")))
                .findFirst()
                .orElseThrow();

        ImageOutputs.Imported imported =
                service.pushImport(registry, entry, Optional.empty(), 5).run(context());

        assertThat(imported.localName()).isEqualTo("nginx_7_0");
        var pot = service.inventory().pot("nginx_7_0").orElseThrow();
        assertThat(pot.network().type()).isEqualTo(NetworkType.PUBLIC_BRIDGE);
        assertThat(pot.network().primaryIp())
                .as("a fresh IP, not nginx's")
                .isNotEqualTo(
                        service.inventory().pot("nginx").orElseThrow().network().primaryIp());
        assertThat(new String(
                        java.nio.file.Files.readAllBytes(workstation.resolve("nginx_7.0.xz.meta")),
                        StandardCharsets.UTF_8))
                .isEqualTo("-\n");
    }
}
