package potconsole.app.cli;

import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.command.SetAttrCommand;
import potconsole.engine.model.Attribute;

@Command(name = "set-attr", description = "Set a pot attribute (values are checked by the attribute's kind).")
final class SetAttrCmd implements Callable<Integer> {
    @ParentCommand
    PotCtl root;

    @Parameters(index = "0", paramLabel = "NAME", description = "The pot.")
    String name;

    @Parameters(index = "1", paramLabel = "ATTRIBUTE", description = "e.g. persistent, start-at-boot, devfs_ruleset.")
    String attribute;

    @Parameters(index = "2", paramLabel = "VALUE", description = "YES/NO for switches, a number, new|inherit|disable…")
    String value;

    @Override
    public Integer call() {
        Attribute a = Attribute.byPotName(attribute)
                .orElseThrow(() -> new InvalidArgumentException(attribute + " is not a pot attribute; one of: "
                        + String.join(
                                ", ",
                                Arrays.stream(Attribute.values())
                                        .map(Attribute::potName)
                                        .toList())));
        root.service().execute(new SetAttrCommand(name, a, value));
        return 0;
    }
}
