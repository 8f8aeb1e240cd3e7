package potconsole.engine.sandbox;

import java.util.List;
import java.util.Map;

/**
 * A flavour in the simulated flavour directory: its command file (null when it has none), its bootstrap script
 * (null when none), and — because the sandbox cannot run a shell script inside a jail — what running the bootstrap
 * prints and which programs it installs in the pot.
 */
record SandboxFlavour(
        String name,
        String commandFile,
        String bootstrap,
        List<String> bootstrapStdout,
        List<String> bootstrapStderr,
        Map<String, String> installs) {
    static SandboxFlavour commands(String name, String commandFile) {
        return new SandboxFlavour(name, commandFile, null, List.of(), List.of(), Map.of());
    }

    static SandboxFlavour script(String name, String bootstrap) {
        return new SandboxFlavour(name, null, bootstrap, List.of(), List.of(), Map.of());
    }
}
