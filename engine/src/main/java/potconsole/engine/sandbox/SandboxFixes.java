package potconsole.engine.sandbox;

import java.util.List;

/**
 * {@code rm -f} of a pot status file: the simulated status lives with the pot, not among the host files, so removing
 * the file clears it (what the doctor's stale-status fix does on a real host). Other files go to the host's rm.
 */
final class SandboxFixes {
    private SandboxFixes() {}

    static boolean handles(SandboxState s, List<String> argv) {
        String prefix = s.settings.get("POT_TMP") + "/pot_status_";
        return argv.get(0).equals("rm") && argv.stream().anyMatch(a -> a.startsWith(prefix));
    }

    static int rm(Ctx c, List<String> argv) {
        if (!c.root()) {
            c.out().err("rm: " + argv.get(argv.size() - 1) + ": Permission denied");
            return 1;
        }
        String prefix = c.state().settings.get("POT_TMP") + "/pot_status_";
        for (String a : argv.subList(1, argv.size())) {
            if (a.startsWith(prefix)) {
                String pot = a.substring(prefix.length());
                c.state().pot(pot).ifPresent(p -> p.status = null);
                c.state().facts.staleStatus.remove(pot);
            } else if (!a.startsWith("-")) {
                c.state().hostFiles.remove(a);
            }
        }
        return 0;
    }
}
