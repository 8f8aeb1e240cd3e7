package potconsole.engine.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Set;
import potconsole.engine.doctor.UsageScript;

/**
 * The sandbox's answer to {@link UsageScript}: each framed {@code pot get-rss -J -p NAME} line run as the simulated
 * pot would (its refusals included), behind the privilege prefix the line carries, in one round trip.
 */
final class SandboxUsageAnswer {
    private static final Set<String> PRIVILEGE = Set.of("sudo", "doas");

    private SandboxUsageAnswer() {}

    static int write(SandboxHost host, Ctx base, String script) {
        String m = UsageScript.markerOf(script).orElseThrow();
        Out out = base.out();
        for (String call : UsageScript.callsOf(script)) {
            List<String> words = MiniShell.words(call, Map.of());
            List<String> argv = words.subList(1, words.size());
            boolean root = base.root();
            if (PRIVILEGE.contains(argv.get(0))) {
                argv = argv.subList(2, argv.size());
                root = true;
            }
            out.line(m + " POT " + words.get(0));
            Ctx c = new Ctx(base.state(), out, root, base.pacer(), base.cancellation(), host);
            int exit = host.dispatch(argv.get(1), argv.subList(2, argv.size()), c, new byte[0]);
            out.line("");
            out.line(m + " EXIT " + exit);
        }
        out.line(m + " DONE");
        return 0;
    }
}
