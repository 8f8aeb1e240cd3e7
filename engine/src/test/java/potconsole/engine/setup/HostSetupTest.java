package potconsole.engine.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecFailedException;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;
import potconsole.engine.exec.HostFiles;
import potconsole.engine.exec.Privilege;
import potconsole.engine.job.JobContext;
import potconsole.engine.job.JobListener;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.sandbox.SandboxSetups;
import potconsole.engine.setup.SetupStep.Status;

/** Every setup step on a bare sandbox host: what it runs, that it is then done, and that running it again is a no-op. */
class HostSetupTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T15:00:00Z"), ZoneOffset.UTC);
    private static final PotConf CONF = new PotConf(
            "zroot/pot", "/opt/pot", "vtnet0", "10.192.0.0/10", "255.192.0.0", "10.192.0.1", "/var/cache/pot");
    private static final SetupInputs INPUTS = new SetupInputs(CONF, "14.1");

    private final SandboxHost host = SandboxSetups.withoutPot(CLOCK);
    private final HostSetup setup = new HostSetup(host, Privilege.NONE, CLOCK);

    private SetupReport probe() {
        return setup.probe(new Cancellation());
    }

    private SetupReport run(SetupStep step) throws Exception {
        return setup.job(step, probe(), INPUTS).run(JobContext.detached());
    }

    @Test
    void aBareHostIsTakenStepByStepToOneWithABase() throws Exception {
        SetupReport bare = probe();
        assertThat(bare.potInstalled()).isFalse();
        assertThat(SetupStep.INSTALL_POT.status(bare)).isEqualTo(Status.TODO);
        assertThat(SetupStep.INIT.status(bare)).isEqualTo(Status.BLOCKED);
        assertThat(SetupStep.INSTALL_POT.commands(bare, INPUTS)).containsExactly("pkg install -y pot");

        for (SetupStep step : List.of(SetupStep.INSTALL_POT, SetupStep.GROUP, SetupStep.POT_CONF, SetupStep.INIT)) {
            SetupReport after = run(step);
            assertThat(step.status(after)).as(step.title()).isEqualTo(Status.DONE);
            assertThat(step.actions(after, INPUTS))
                    .as("%s again does nothing", step.title())
                    .isEmpty();
        }
        assertThat(SetupStep.VNET.commands(probe(), INPUTS)).containsExactly("pot vnet-start");
        assertThat(SetupStep.VNET.status(run(SetupStep.VNET))).isEqualTo(Status.DONE);
        SetupReport kernel = run(SetupStep.KERNEL);
        assertThat(kernel.racctAtBoot()).isTrue();
        assertThat(SetupStep.KERNEL.explanation(kernel)).contains("reboot");
        assertThat(SetupStep.BASE.commands(kernel, INPUTS)).containsExactly("pot create-base -r 14.1");
        SetupReport done = run(SetupStep.BASE);
        assertThat(done.bases()).containsExactly("14.1");
        assertThat(done.jails()).contains("base-14_1");
        assertThat(SetupStep.BASE.status(done)).isEqualTo(Status.DONE);
    }

    @Test
    void theFirstPotConfIsWrittenWithoutABackupAndAChangeKeepsTheOldFile() throws Exception {
        run(SetupStep.INSTALL_POT);
        SetupReport first = run(SetupStep.POT_CONF);
        assertThat(first.potConf()).get().asString().contains("POT_EXTIF=vtnet0");
        assertThat(files("/usr/local/etc/pot")).containsExactly("pot.conf");

        PotConf changed = new PotConf(
                CONF.zfsRoot(),
                CONF.fsRoot(),
                CONF.extIf(),
                "192.168.64.0/24",
                "255.255.255.0",
                "192.168.64.1",
                CONF.cache());
        SetupReport second = setup.job(SetupStep.POT_CONF, first, new SetupInputs(changed, "14.1"))
                .run(JobContext.detached());

        assertThat(second.conf()).isEqualTo(changed);
        assertThat(files("/usr/local/etc/pot")).containsExactlyInAnyOrder("pot.conf", "pot.conf.bak-20261205T150000Z");
        assertThat(read("/usr/local/etc/pot/pot.conf.bak-20261205T150000Z")).contains("POT_NETWORK=10.192.0.0/10");
    }

    @Test
    void aPotConfStepThatFailsAfterTheWriteRestoresTheOldFile() throws Exception {
        run(SetupStep.INSTALL_POT);
        SetupReport first = run(SetupStep.POT_CONF);
        String before = read("/usr/local/etc/pot/pot.conf");
        PotConf changed = new PotConf(
                CONF.zfsRoot(), "/srv/pot", CONF.extIf(), CONF.network(), CONF.netmask(), CONF.gateway(), CONF.cache());
        HostSetup failingCheck = new HostSetup(new FailingProbe(host), Privilege.NONE, CLOCK);

        assertThatThrownBy(() -> failingCheck
                        .job(SetupStep.POT_CONF, first, new SetupInputs(changed, "14.1"))
                        .run(JobContext.detached()))
                .hasMessageContaining("connection was lost");

        assertThat(read("/usr/local/etc/pot/pot.conf")).isEqualTo(before);
        assertThat(probe().conf()).isEqualTo(CONF);
    }

    @Test
    void aConnectionDroppedDuringCreateBaseIsResumable() throws Exception {
        for (SetupStep step : List.of(SetupStep.INSTALL_POT, SetupStep.GROUP, SetupStep.POT_CONF, SetupStep.INIT)) {
            run(step);
        }
        SandboxSetups.dropNextCreateBase(host, true);
        List<String> output = new ArrayList<>();

        assertThatThrownBy(() -> setup.job(SetupStep.BASE, probe(), INPUTS)
                        .run(new JobContext(
                                new JobListener() {
                                    @Override
                                    public void output(String line, boolean stderr) {
                                        output.add(line);
                                    }
                                },
                                new Cancellation())))
                .isInstanceOfSatisfying(
                        SetupFailedException.class,
                        e -> assertThat(e.resumable()).isTrue());
        assertThat(output).anyMatch(l -> l.contains("50% of"));
        assertThat(SetupStep.BASE.status(probe())).isEqualTo(Status.TODO);

        assertThat(SetupStep.BASE.status(run(SetupStep.BASE))).isEqualTo(Status.DONE);
    }

    @Test
    void aPotConfPotWouldRefuseIsNotWritten() {
        PotConf bad = new PotConf(
                "zroot/pot", "/opt/pot", "vtnet0", "10.192.0.0/10", "255.255.0.0", "10.192.0.1", "/var/cache/pot");
        assertThatThrownBy(() -> SetupStep.POT_CONF.actions(probe(), new SetupInputs(bad, "14.1")))
                .hasMessageContaining("255.192.0.0");
    }

    private List<String> files(String dir) throws IOException {
        HostFiles files = host.files().orElseThrow();
        return files.list(dir).stream().map(HostFiles.Entry::name).toList();
    }

    private String read(String path) throws IOException {
        try (InputStream in = host.files().orElseThrow().read(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The host, except that the probe after a write fails as a dropped connection would. */
    private record FailingProbe(SandboxHost host) implements CommandRunner {
        @Override
        public ExecResult run(ExecRequest request, ExecListener listener) {
            if (request.script().filter(s -> s.startsWith(SetupProbe.HEADER)).isPresent()) {
                throw new ExecFailedException("Connection reset");
            }
            return host.run(request, listener);
        }

        @Override
        public String describe() {
            return "failing";
        }

        @Override
        public Optional<HostFiles> files() {
            return Optional.empty();
        }
    }
}
