package potconsole.engine.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import potconsole.engine.flavour.FlavourDocument;
import potconsole.engine.flavour.FlavourLibrary;
import potconsole.engine.flavour.LintFinding;
import potconsole.engine.model.NetworkType;

/**
 * The recipe's flavours found: a flavour with a file {@code NAME} or {@code NAME.sh} in the recipe's directory is
 * that file (pushed to the host first), any other must already be in the host's flavour directory. Each is linted
 * for the recipe's network type; an unknown flavour or a linter error refuses the build before anything changes.
 */
final class RecipeFlavours {
    private RecipeFlavours() {}

    static List<BuildFlavour> resolve(BuildRecipe recipe, FlavourLibrary library) throws IOException {
        List<BuildFlavour> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String name : recipe.flavours()) {
            Optional<FlavourDocument> here = fromDirectory(recipe.directory(), name);
            BuildFlavour flavour;
            if (here.isPresent()) {
                flavour = new BuildFlavour(here.get(), true);
            } else {
                try {
                    flavour = new BuildFlavour(library.open(name), false);
                } catch (IOException missing) {
                    problems.add("flavour " + name + " is neither beside the recipe (" + recipe.directory()
                            + ") nor in " + library.location());
                    continue;
                }
            }
            lintErrors(flavour.document(), recipe.network()).forEach(problems::add);
            found.add(flavour);
        }
        if (!problems.isEmpty()) {
            throw new BuildRefusedException(problems);
        }
        return found;
    }

    private static List<String> lintErrors(FlavourDocument flavour, NetworkType network) {
        return flavour.lint(Optional.of(network)).stream()
                .filter(f -> f.severity() == LintFinding.Severity.ERROR)
                .map(f -> "flavour " + flavour.name() + ": " + f)
                .toList();
    }

    /** The flavour's command file and bootstrap from a directory, when either exists there. */
    static Optional<FlavourDocument> fromDirectory(Path directory, String name) throws IOException {
        Path commandFile = directory.resolve(name);
        Path bootstrap = directory.resolve(name + ".sh");
        if (!Files.isRegularFile(commandFile) && !Files.isRegularFile(bootstrap)) {
            return Optional.empty();
        }
        return Optional.of(new FlavourDocument(
                name,
                Files.isRegularFile(commandFile)
                        ? Optional.of(Files.readString(commandFile, StandardCharsets.UTF_8))
                        : Optional.empty(),
                Files.isRegularFile(bootstrap)
                        ? Optional.of(Files.readString(bootstrap, StandardCharsets.UTF_8))
                        : Optional.empty(),
                // pot copies the bootstrap and makes it executable itself; the library sets the bits on push.
                true));
    }
}
