package potconsole.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.parse.PotOutput;

/**
 * A subcommand about one pot, named as pot names it: the pot is given as {@code NAME} or with pot's own {@code -p}.
 * Every value goes into the engine's command record, which validates it before anything runs.
 */
abstract class PotVerb implements Callable<Integer> {
    @ParentCommand
    PotCtl root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The pot (or give it with -p).")
    String positional;

    @Option(names = "-p", paramLabel = "NAME", description = "The pot, as pot takes it.")
    String potOption;

    /** The pot named, either way; a usage error when neither or two different ones are given. */
    String pot() {
        if (positional != null && potOption != null && !positional.equals(potOption)) {
            throw new InvalidArgumentException("Name the pot once: NAME or -p, not both");
        }
        String name = positional != null ? positional : potOption;
        if (name == null) {
            throw new InvalidArgumentException(spec.name() + " needs the pot: NAME or -p NAME");
        }
        return name;
    }

    /** Prints what pot said; 0. */
    int done(PotOutput output) {
        Jobs.printMessages(spec, output);
        return 0;
    }
}
