package potconsole.app.cli;

import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.engine.command.GetAttrCommand;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.model.Attribute;
import potconsole.engine.parse.PotOutput;

@Command(name = "get-attr", description = "Print one attribute of a pot (pot get-attr).")
final class GetAttrCmd extends PotVerb {
    @Option(names = "-A", required = true, paramLabel = "ATTRIBUTE", description = "e.g. persistent, start-at-boot.")
    String attribute;

    @Option(names = "-q", description = "The value only.")
    boolean quiet;

    @Override
    public Integer call() {
        Attribute a = attribute(attribute);
        PotOutput output = root.service().execute(new GetAttrCommand(pot(), a, quiet));
        output.data().forEach(spec.commandLine().getOut()::println);
        return done(output);
    }

    static Attribute attribute(String name) {
        return Attribute.byPotName(name)
                .orElseThrow(() -> new InvalidArgumentException(name + " is not a pot attribute; one of: "
                        + String.join(
                                ", ",
                                Arrays.stream(Attribute.values())
                                        .map(Attribute::potName)
                                        .toList())));
    }
}
