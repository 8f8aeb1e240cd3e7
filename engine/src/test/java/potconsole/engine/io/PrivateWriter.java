package potconsole.engine.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import potconsole.engine.host.UserDirectories;
import potconsole.engine.journal.Journal;
import potconsole.engine.journal.JournalEntry;

/** A second JVM for the tests: writes the console's files under the umask it was started with, or appends entries. */
public final class PrivateWriter {
    private PrivateWriter() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "files" -> {
                // $XDG_STATE_HOME and $XDG_CONFIG_HOME come from the environment the test gives this JVM.
                new Journal(Journal.defaultFile()).record(entry("pot start -p web", "t", 0, ""));
                PrivateFiles.replace(
                        UserDirectories.config().resolve("hosts.json"),
                        tmp -> Files.writeString(tmp, "[]", StandardCharsets.UTF_8));
                PrivateFiles.directory(UserDirectories.state().resolve("flavour-backups/web.1"));
            }
            case "append" -> {
                Journal journal = new Journal(Path.of(args[1]));
                int n = Integer.parseInt(args[3]);
                // Long lines (a full output tail) are written in more than one write() by a plain stream.
                String filler = "x".repeat(Integer.parseInt(args[4]));
                for (int i = 0; i < n; i++) {
                    journal.record(entry("pot exec -p web echo " + args[2] + "-" + i, args[2], i, filler));
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static JournalEntry entry(String command, String who, int i, String filler) {
        return new JournalEntry(
                Instant.now(),
                "sandbox",
                who,
                command,
                true,
                0,
                Duration.ofMillis(i),
                filler.isEmpty() ? List.of() : List.of(filler, filler),
                JournalEntry.POTCTL);
    }
}
