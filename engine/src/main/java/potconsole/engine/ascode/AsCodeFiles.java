package potconsole.engine.ascode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.Pot;

/**
 * The files of a pot as code in one format — what {@code potctl as-code} prints or writes and the details' "As code"
 * tab shows — and their atomic write into a directory.
 */
public final class AsCodeFiles {
    /** The three forms: flavour files and the create line, a zilti.pot playbook, the plain pot commands. */
    public enum Format {
        flavour,
        ansible,
        script
    }

    private AsCodeFiles() {}

    /** File name → text, in the order they are applied. */
    public static Map<String, String> of(Pot pot, PotAsCode.Result code, HostInventory inventory, Format format) {
        Map<String, String> files = new LinkedHashMap<>();
        switch (format) {
            case flavour -> {
                files.put(code.flavourName(), code.flavour());
                code.cmdFlavour().ifPresent(cmd -> files.put(code.cmdFlavourName(), cmd));
                files.put(code.flavourName() + ".create", code.script());
            }
            case ansible -> {
                String flavourDir = inventory.settings().get("flavourdir");
                files.put(
                        code.flavourName() + ".yml",
                        AnsiblePlaybook.of(
                                pot,
                                code,
                                flavourDir == null || flavourDir.isBlank()
                                        ? "/usr/local/etc/pot/flavours"
                                        : flavourDir));
            }
            case script -> files.put(code.flavourName() + ".sh", code.script());
        }
        return files;
    }

    /** The files as one text, each after a {@code # NAME} line when there are several. */
    public static String text(Map<String, String> files) {
        StringBuilder b = new StringBuilder();
        files.forEach((name, text) -> {
            if (files.size() > 1) {
                b.append("# ").append(name).append('\n');
            }
            b.append(text);
            if (files.size() > 1 && !text.endsWith("\n\n")) {
                b.append('\n');
            }
        });
        return b.toString();
    }

    /** Writes each file into {@code dir}, atomically: it appears under its name only when complete. */
    public static List<Path> write(Map<String, String> files, Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = dir.resolve(f.getKey());
            Path part = Files.createTempFile(dir, "." + f.getKey(), ".part");
            try {
                Files.writeString(part, f.getValue());
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(part);
            }
            written.add(file);
        }
        return written;
    }
}
