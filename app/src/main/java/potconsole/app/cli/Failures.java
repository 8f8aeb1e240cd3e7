package potconsole.app.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import potconsole.engine.error.PotException;
import potconsole.engine.exec.ExecFailedException;
import potconsole.engine.inventory.InventoryException;

/** How a failure is said (one line) and which exit code it gives. */
final class Failures {
    private Failures() {}

    static String message(Exception e) {
        // java.nio names only the path: say what is wrong with it.
        if (e instanceof NoSuchFileException f && f.getFile() != null) {
            Path file = Path.of(f.getFile());
            Path parent = file.toAbsolutePath().getParent();
            return parent != null && !Files.isDirectory(parent)
                    ? "the directory " + parent + " does not exist (needed for " + file + ")"
                    : file + ": no such file or directory";
        }
        if (e instanceof AccessDeniedException f && f.getFile() != null) {
            return f.getFile() + ": permission denied";
        }
        if (e instanceof FileAlreadyExistsException f && f.getFile() != null) {
            return f.getFile() + " already exists";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static int exitCode(Exception e) {
        if (e instanceof ExecFailedException) {
            return PotCtl.HOST_FAILED;
        }
        if (e instanceof PotException || e instanceof InventoryException) {
            return PotCtl.POT_FAILED;
        }
        if (e instanceof IllegalArgumentException || e instanceof NoSuchFileException) {
            return PotCtl.USAGE;
        }
        return PotCtl.POT_FAILED;
    }
}
