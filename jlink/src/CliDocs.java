import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;
import potconsole.app.cli.PotCtl;

/**
 * Writes potctl's shell completion and man pages from its picocli model (run by the jlink build, on the class path
 * of the app and picocli-codegen):
 *   java -cp … CliDocs.java OUT
 * OUT/share/bash-completion/completions/potctl  bash, and zsh through bashcompinit (picocli's AutoComplete)
 * OUT/man-adoc/potctl*.adoc                     one AsciiDoc man page per command, for asciidoctor's manpage backend
 */
public class CliDocs {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        CommandLine potctl = PotCtl.commandLine();
        Path completion = out.resolve("share/bash-completion/completions/potctl");
        Files.createDirectories(completion.getParent());
        Files.writeString(completion, AutoComplete.bash("potctl", potctl));
        File pages = Files.createDirectories(out.resolve("man-adoc")).toFile();
        int exit = ManPageGenerator.generateManPage(pages, null, new boolean[0], true, potctl.getCommandSpec());
        if (exit != 0) {
            throw new IllegalStateException("ManPageGenerator exited " + exit);
        }
    }
}
