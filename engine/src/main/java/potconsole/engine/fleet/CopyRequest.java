package potconsole.engine.fleet;

import java.nio.file.Path;
import java.util.Optional;
import potconsole.engine.command.Validate;

/**
 * What to copy where: the source pot, its name on the target, whether the source goes afterwards ({@code --move}),
 * where to keep the image on this workstation (none: a private temporary directory, removed at the end), and whether
 * a pot without a snapshot may get one ({@code pot snapshot}, stopped pots only).
 */
public record CopyRequest(String pot, String newName, boolean move, Optional<Path> keepImage, boolean takeSnapshot) {
    public CopyRequest {
        Validate.existingPotName(pot);
        Validate.potName(newName);
    }

    /** A copy under the same name, nothing kept, no snapshot taken. */
    public static CopyRequest of(String pot) {
        return new CopyRequest(pot, pot, false, Optional.empty(), false);
    }

    public CopyRequest moving(boolean move) {
        return new CopyRequest(pot, newName, move, keepImage, takeSnapshot);
    }

    public CopyRequest named(String name) {
        return new CopyRequest(pot, name, move, keepImage, takeSnapshot);
    }

    public CopyRequest keepingImageIn(Path directory) {
        return new CopyRequest(pot, newName, move, Optional.of(directory), takeSnapshot);
    }

    public CopyRequest snapshottingFirst(boolean take) {
        return new CopyRequest(pot, newName, move, keepImage, take);
    }
}
