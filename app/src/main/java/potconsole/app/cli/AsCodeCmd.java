package potconsole.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.engine.ascode.AsCodeFiles;
import potconsole.engine.ascode.PotAsCode;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.Pot;

/**
 * A pot as code: its flavour files and {@code pot create} line, a zilti.pot playbook, or the plain command sequence;
 * printed, or written into a directory. Secret-looking env values are left out unless {@code --include-secrets}.
 */
@Command(
        name = "as-code",
        description = "Print (or write with --dir) a pot as code: flavour files and the pot create line, an Ansible"
                + " playbook for zilti.pot, or the plain pot commands.")
final class AsCodeCmd extends OnePotCmd {
    enum Format {
        flavour,
        ansible,
        script
    }

    @Option(names = "--format", description = "flavour (default), ansible or script.")
    Format format = Format.flavour;

    @Option(names = "--dir", paramLabel = "D", description = "Write the files into D (an existing directory).")
    Path dir;

    @Option(
            names = "--include-secrets",
            description = "Keep env values whose names look secret (they are left out by default).")
    boolean includeSecrets;

    @Override
    public Integer call() throws Exception {
        if (dir != null && !Files.isDirectory(dir)) {
            throw new InvalidArgumentException("--dir " + dir + ": not an existing directory");
        }
        HostInventory inventory = root.service().inventory();
        Pot pot = inventory.pot(name).orElseThrow(() -> new InvalidArgumentException("Pot " + name + " not found"));
        PotAsCode.Result code = PotAsCode.of(pot, includeSecrets);
        PrintWriter err = spec.commandLine().getErr();
        code.notes().forEach(n -> err.println("potctl: " + n));
        Map<String, String> files = files(pot, code, inventory);
        if (dir == null) {
            PrintWriter out = spec.commandLine().getOut();
            files.forEach((file, text) -> {
                if (files.size() > 1) {
                    out.println("# " + file);
                }
                out.print(text);
            });
            return 0;
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            write(dir.resolve(f.getKey()), f.getValue());
            spec.commandLine().getOut().println(dir.resolve(f.getKey()));
        }
        return 0;
    }

    private Map<String, String> files(Pot pot, PotAsCode.Result code, HostInventory inventory) {
        return AsCodeFiles.of(pot, code, inventory, AsCodeFiles.Format.valueOf(format.name()));
    }

    /** Atomically: the file appears under its name only when complete. */
    private static void write(Path file, String text) throws IOException {
        AsCodeFiles.write(Map.of(file.getFileName().toString(), text), file.getParent());
    }
}
