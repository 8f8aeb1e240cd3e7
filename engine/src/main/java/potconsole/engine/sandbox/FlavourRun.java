package potconsole.engine.sandbox;

import java.util.List;
import potconsole.engine.flavour.FlavourFile;
import potconsole.engine.flavour.FlavourLine;

/** Applies one flavour to a simulated pot: command-file lines first, then the bootstrap (pot-spec §6.2–6.4). */
final class FlavourRun {
    private FlavourRun() {}

    /**
     * The flavours of a create or clone in order; on the first that fails (or is unknown) the verb's error, and the
     * new pot is removed unless -k asked to keep it.
     */
    static boolean applyAll(Ctx c, SandboxPot pot, List<String> flavours, String verb, boolean keep) {
        for (String f : flavours) {
            SandboxFlavour flavour = c.state().flavours.get(f);
            if (flavour == null || !apply(c, pot, flavour)) {
                c.out().error(verb + ": flavour " + f + " failed");
                if (!keep) {
                    c.state().pots.remove(pot.name);
                }
                return false;
            }
        }
        return true;
    }

    /** False when a command-file line failed (pot stops there). */
    static boolean apply(Ctx c, SandboxPot pot, SandboxFlavour flavour) {
        if (flavour.commandFile() != null && !commandFile(c, pot, flavour)) {
            return false;
        }
        if (flavour.bootstrap() != null) {
            bootstrap(c, pot, flavour);
        }
        return true;
    }

    /** pot's own reading of the file (pot-spec §6.2): whitespace words, set-cmd's line taken literally. */
    private static boolean commandFile(Ctx c, SandboxPot pot, SandboxFlavour flavour) {
        for (FlavourLine line : FlavourFile.parse(flavour.commandFile()).lines()) {
            if (!line.valid()) {
                c.out().error("Flavor " + flavour.name() + ": line " + line.raw() + " not valid - ignoring");
                continue;
            }
            String word = line.command().orElseThrow().word();
            String sub = word.equals("copy-in-flv") ? "copy-in" : word;
            if (c.host().dispatch(sub, line.potArguments(pot.name), c, new byte[0]) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The pot is started (persistent for the while), the script copied in and run, the pot stopped again. */
    private static void bootstrap(Ctx c, SandboxPot pot, SandboxFlavour flavour) {
        boolean wasPersistent = pot.persistent();
        if (!wasPersistent) {
            ConfigCommands.set(pot, "pot.attr.persistent", "YES");
        }
        RunCommands.start(List.of(pot.name), c);
        String dir = "/usr/local/etc/pot/flavours/";
        c.out()
                .line("'" + dir + flavour.name() + ".sh' -> '" + c.state().fsRoot() + "/jails/" + pot.name + "/m/tmp/"
                        + flavour.name() + ".sh'");
        String hostname = pot.conf.hostname().orElse(pot.name);
        flavour.bootstrapStdout()
                .forEach(l -> c.out().line(l.replace("${POT}", pot.name).replace("${HOSTNAME}", hostname)));
        flavour.bootstrapStderr()
                .forEach(l -> c.out().err(l.replace("${POT}", pot.name).replace("${HOSTNAME}", hostname)));
        pot.files.putAll(flavour.installs());
        pot.diskUsageKb += 30;
        RunCommands.stop(List.of(pot.name), c);
        if (!wasPersistent) {
            ConfigCommands.set(pot, "pot.attr.persistent", "NO");
        }
    }
}
