package potconsole.engine.build;

import potconsole.engine.flavour.FlavourDocument;

/** One flavour as a build uses it: its text, and whether the build pushes it (it lives beside the recipe). */
public record BuildFlavour(FlavourDocument document, boolean fromRecipe) {
    /** SHA-256 over the command file and the bootstrap, as the manifest records it. */
    public String sha256() {
        return BuildRecipe.sha256("command file:\n" + document.commandFile().orElse("") + "\0bootstrap:\n"
                + document.bootstrap().orElse(""));
    }
}
