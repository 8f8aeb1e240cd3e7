package potconsole.engine.flavour;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import potconsole.engine.model.NetworkType;

/**
 * A flavour as the editor holds it: the command file's and the bootstrap's text (each optional, at least one
 * present when saved) and whether the bootstrap is executable where it is stored.
 */
public record FlavourDocument(
        String name, Optional<String> commandFile, Optional<String> bootstrap, boolean bootstrapExecutable) {

    public FlavourDocument withName(String newName) {
        return new FlavourDocument(newName, commandFile, bootstrap, bootstrapExecutable);
    }

    /** The linter's findings for the command file and the bootstrap. */
    public List<LintFinding> lint(Optional<NetworkType> network) {
        List<LintFinding> findings = new ArrayList<>();
        commandFile.ifPresent(text -> findings.addAll(FlavourLinter.lint(FlavourFile.parse(text))));
        bootstrap.ifPresent(text -> findings.addAll(FlavourLinter.lintBootstrap(text, bootstrapExecutable, network)));
        return findings;
    }
}
