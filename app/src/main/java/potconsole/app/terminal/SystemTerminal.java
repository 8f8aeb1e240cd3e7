package potconsole.app.terminal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import potconsole.app.dialog.DialogService;

/** Opens a command in the desktop's own terminal emulator ($TERMINAL, x-terminal-emulator, gnome-terminal, konsole, xterm). */
public final class SystemTerminal {
    private SystemTerminal() {}

    /** Opens the command in a terminal emulator, or — when there is none — puts it on the clipboard and says so. */
    public static void openOrCopy(String command, DialogService dialogs) {
        if (!open(command)) {
            ClipboardContent c = new ClipboardContent();
            c.putString(command);
            Clipboard.getSystemClipboard().setContent(c);
            dialogs.info("Terminal", "No terminal emulator was found; the command is on the clipboard:\n\n" + command);
        }
    }

    /** Starts it and returns true, or returns false when no terminal emulator is found (the caller then copies it). */
    public static boolean open(String commandLine) {
        Optional<List<String>> emulator = find();
        if (emulator.isEmpty()) {
            return false;
        }
        List<String> argv = new ArrayList<>(emulator.get());
        argv.add("sh");
        argv.add("-c");
        argv.add(commandLine + "; echo; echo '[session ended — press Enter]'; read x");
        try {
            new ProcessBuilder(argv)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static Optional<List<String>> find() {
        String custom = System.getenv("TERMINAL");
        if (custom != null && onPath(custom)) {
            return Optional.of(List.of(custom, "-e"));
        }
        if (onPath("x-terminal-emulator")) {
            return Optional.of(List.of("x-terminal-emulator", "-e"));
        }
        if (onPath("gnome-terminal")) {
            return Optional.of(List.of("gnome-terminal", "--"));
        }
        if (onPath("konsole")) {
            return Optional.of(List.of("konsole", "-e"));
        }
        if (onPath("xterm")) {
            return Optional.of(List.of("xterm", "-e"));
        }
        return Optional.empty();
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
