package potconsole.engine.sandbox;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code pot get-rss} when the simulated host has rctl on: figures that move from one reading to the next, in the
 * formats of sample S14 (text, and {@code -J} as one line with a trailing space). With rctl off it answers as the
 * recorded host did (transcript 39).
 */
final class SandboxUsage {
    private static final long MIB = 1L << 20;
    /** The simulated host's {@code hw.clockrate}, MHz. */
    private static final int CLOCKRATE = 2400;

    private SandboxUsage() {}

    /** pot get-rss: pot's refusals in its order; with rctl off (the recorded host, transcript 39) its message. */
    static int getRss(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvJp:", args);
        Optional<SandboxPot> pot = g.value('p').flatMap(c.state()::pot);
        if (pot.isEmpty()) {
            c.out().qerror("Pot " + g.value('p').orElse("") + " not found");
            return 1;
        }
        if (!c.requireRoot()) {
            return 1;
        }
        if (!pot.get().running) {
            c.out().error("The pot " + pot.get().name + " is not running");
            return 1;
        }
        if (!c.state().facts.racct) {
            c.out().error("To get resource usage, rctl has to be enabled");
            return 1;
        }
        long tick = ++c.state().facts.rssTick;
        int seed = Math.abs(pot.get().name.hashCode() % 50);
        long rss = (20 + seed) * MIB + (tick * 7919 % 23) * MIB;
        int pcpu = (int) ((seed + tick * 13) % 45);
        String ticks = String.format(Locale.ROOT, "%.3f", CLOCKRATE * pcpu / 100.0);
        if (g.has('J')) {
            c.out()
                    .line("{ \"ResourceUsage\": { \"MemoryStats\": { \"RSS\" : " + rss + ", \"Swap\" : 0 }, "
                            + "\"CpuStats\": { \"TotalTicks\": " + ticks + ", \"Percent\": " + pcpu + " } } } ");
            return 0;
        }
        c.out().line("Resource usage by the pot " + pot.get().name);
        c.out().line("\tcpu time (ticks spent) : " + tick * 3);
        c.out().line("\tcpu time (MHz)         : " + ticks);
        c.out().line("\tpcpu (%)               : " + pcpu);
        c.out().line("\tvirtual memory         : " + rss * 2);
        c.out().line("\tphysical memory        : " + rss);
        c.out().line("\tswap memory            : 0");
        return 0;
    }
}
