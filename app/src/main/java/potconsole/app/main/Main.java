package potconsole.app.main;

import java.util.Optional;

/**
 * The console's entry point. Not an {@link javafx.application.Application}: for one, the java launcher starts the
 * JavaFX toolkit before any of the console's code runs, so a machine without GTK or without a display would get a
 * raw stack trace. Here such a start-up failure becomes one line that says what to do.
 */
public final class Main {
    /** Exit status when the window toolkit cannot start (no GTK 3, no display). */
    static final int NO_TOOLKIT = 4;

    private Main() {}

    public static void main(String[] args) {
        try {
            PotConsoleApp.main(args);
        } catch (RuntimeException | LinkageError e) {
            Optional<String> explained = explain(e);
            if (explained.isEmpty()) {
                throw e;
            }
            System.err.println(explained.get());
            System.exit(NO_TOOLKIT);
        }
    }

    /** The one line for a toolkit that could not start, else empty (any other failure keeps its trace). */
    static Optional<String> explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Unable to load glass GTK library")
                    || (t instanceof UnsatisfiedLinkError
                            && message.toLowerCase().contains("gtk"))) {
                return Optional.of("pot-console: GTK 3 is missing, which JavaFX needs to open a window: install it"
                        + " (Debian/Ubuntu: sudo apt-get install libgtk-3-0; Fedora: sudo dnf install gtk3;"
                        + " openSUSE: sudo zypper install libgtk-3-0; Arch: sudo pacman -S gtk3) and start again."
                        + " potctl needs no GTK.");
            }
            if (message.contains("Unable to open DISPLAY")) {
                String display = System.getenv("DISPLAY");
                return Optional.of("pot-console: no display to open a window on ("
                        + (display == null || display.isBlank()
                                ? "DISPLAY is not set"
                                : "DISPLAY=" + display + " cannot be opened")
                        + "): start it from a desktop session, over ssh -X, or under xvfb-run. potctl needs no"
                        + " display.");
            }
        }
        return Optional.empty();
    }
}
