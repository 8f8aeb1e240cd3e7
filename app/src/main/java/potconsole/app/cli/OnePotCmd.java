package potconsole.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A subcommand about one pot: {@code potctl <command> NAME}, or with pot's own {@code -p NAME}. Picocli injects the
 * fields; {@link #settleName()} runs after parsing, before the command.
 */
abstract class OnePotCmd implements Callable<Integer> {
    @ParentCommand
    PotCtl root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The pot (or give it with -p).")
    String name;

    @Option(names = "-p", paramLabel = "NAME", description = "The pot, as pot takes it (instead of NAME).")
    String potOption;

    /** The pot named either way; a usage error when neither or two different ones are given. */
    void settleName() {
        if (name != null && potOption != null && !name.equals(potOption)) {
            throw new ParameterException(spec.commandLine(), "Name the pot once: NAME or -p NAME, not both");
        }
        name = name != null ? name : potOption;
        if (name == null) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'NAME' (or -p NAME)");
        }
    }
}
