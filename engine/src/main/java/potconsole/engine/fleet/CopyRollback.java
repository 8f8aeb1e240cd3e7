package potconsole.engine.fleet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import potconsole.engine.command.DestroyCommand;
import potconsole.engine.exec.HostFiles;
import potconsole.engine.image.ImageName;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.Pot;
import potconsole.engine.service.PotService;

/**
 * Leaves the target as it was: the image's files out of its {@code POT_CACHE} (pot never fetches a cached file again,
 * so a stale one would poison later imports) and any pot the copy brought there destroyed. Runs without the job's
 * cancellation, so a cancelled copy still cleans up. Says what it could not undo.
 */
final class CopyRollback {
    private final PotService target;
    private final Set<String> potsBefore;
    private final String cache;

    CopyRollback(PotService target, HostInventory before) {
        this.target = target;
        this.potsBefore = Set.copyOf(before.pots().stream().map(Pot::name).toList());
        this.cache = before.settings().get("POT_CACHE");
    }

    /** Removes the image's files from the target's cache; a missing file is no error. */
    List<String> removeCached(ImageName image) {
        List<String> problems = new ArrayList<>();
        Optional<HostFiles> files = target.files();
        if (files.isEmpty() || cache == null || cache.isBlank()) {
            return problems;
        }
        for (String file : List.of(image.xzFile(), image.metaFile(), image.skeinFile(), image.signatureFile())) {
            try {
                files.get().delete(cache + "/" + file);
            } catch (IOException e) {
                problems.add("could not remove " + cache + "/" + file + ": " + e.getMessage());
            }
        }
        return problems;
    }

    /** Destroys the pots among {@code names} that the target has now and did not have before the copy. */
    List<String> destroyNew(List<String> names) {
        List<String> problems = new ArrayList<>();
        HostInventory now;
        try {
            now = target.inventory();
        } catch (RuntimeException e) {
            return List.of("could not read the target to undo the copy: " + e.getMessage());
        }
        for (String name : names) {
            if (name.isEmpty() || potsBefore.contains(name) || now.pot(name).isEmpty()) {
                continue;
            }
            try {
                target.execute(new DestroyCommand(DestroyCommand.Target.POT, name, true, false, false));
            } catch (RuntimeException e) {
                problems.add("could not destroy " + name + " on the target: " + e.getMessage());
            }
        }
        return problems;
    }

    /** Deletes a directory of this workstation and what is in it (the private staging directory). */
    static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary directory left behind harms nothing; the copy's outcome is what matters.
        }
    }

    /** Deletes the image's files written into a kept directory (a failed copy keeps no image). */
    static void deleteImage(Path directory, ImageName image) {
        for (String file : List.of(image.xzFile(), image.metaFile(), image.skeinFile(), image.signatureFile())) {
            try {
                Files.deleteIfExists(directory.resolve(file));
            } catch (IOException e) {
                // Reported by the failure that led here.
            }
        }
    }
}
