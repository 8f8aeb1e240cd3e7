package potconsole.engine.sandbox;

import java.time.Clock;
import java.util.List;

/**
 * Sandbox hosts for the setup wizard: a FreeBSD host without pot, and one with pot installed but never
 * initialised. Both have the NIC {@code vtnet0} (not pot's default {@code em0}), no pf and no racct, as a fresh VM
 * would.
 */
public final class SandboxSetups {
    private SandboxSetups() {}

    /** A bare FreeBSD host: {@code pot} is not on PATH. */
    public static SandboxHost withoutPot(Clock clock) {
        SandboxState s = bare(clock);
        s.setup.potInstalled = false;
        return new SandboxHost(s, Pacer.instant(), true);
    }

    /** pot installed from the package, no pot.conf, {@code pot init} never run. */
    public static SandboxHost uninitialised(Clock clock) {
        return new SandboxHost(bare(clock), Pacer.instant(), true);
    }

    /** The same, as a non-root account that is not in group pot (privileged commands need the privilege mode). */
    public static SandboxHost uninitialisedWithoutRoot(Clock clock) {
        return new SandboxHost(bare(clock), Pacer.instant(), false);
    }

    /** potctl's {@code --host sandbox-bare} (no pot) and {@code sandbox-uninit} (pot never initialised). */
    public static SandboxHost of(String name) {
        return name.equals("sandbox-bare") ? withoutPot(Clock.systemUTC()) : uninitialised(Clock.systemUTC());
    }

    /** The next create-base drops the connection half-way through its download. */
    public static void dropNextCreateBase(SandboxHost host, boolean drop) {
        host.state().setup.dropNextCreateBase = drop;
    }

    /** Work takes realistic time (create-base's download shows its progress). */
    public static SandboxHost paced(SandboxHost host) {
        host.setPacer(Pacer.realistic());
        return host;
    }

    private static SandboxState bare(Clock clock) {
        SandboxState s = new SandboxState("fresh", clock);
        s.setup.initialised = false;
        s.setup.groupExists = false;
        s.setup.vimage = true;
        s.setup.interfaces = List.of("vtnet0", "lo0");
        s.setup.paced = true;
        s.flavours.putAll(SandboxSeeds.recordedState(clock).flavours);
        return s;
    }
}
