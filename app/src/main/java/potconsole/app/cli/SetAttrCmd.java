package potconsole.app.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.command.SetAttrCommand;
import potconsole.engine.model.Attribute;

@Command(
        name = "set-attr",
        description = "Set a pot attribute (values are checked by the attribute's kind):"
                + " set-attr NAME ATTRIBUTE VALUE, or pot's set-attr -p NAME -A ATTRIBUTE -V VALUE.")
final class SetAttrCmd implements Callable<Integer> {
    @ParentCommand
    PotCtl root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The pot.")
    String name;

    @Parameters(
            index = "1",
            arity = "0..1",
            paramLabel = "ATTRIBUTE",
            description = "e.g. persistent, start-at-boot, devfs_ruleset.")
    String attribute;

    @Parameters(
            index = "2",
            arity = "0..1",
            paramLabel = "VALUE",
            description = "YES/NO for switches, a number, new|inherit|disable…")
    String value;

    @Option(names = "-p", paramLabel = "NAME", description = "The pot, as pot takes it.")
    String potOption;

    @Option(names = "-A", paramLabel = "ATTRIBUTE", description = "The attribute, as pot takes it.")
    String attributeOption;

    @Option(names = "-V", paramLabel = "VALUE", description = "The value, as pot takes it.")
    String valueOption;

    @Override
    public Integer call() {
        // Positionals fill, in order, whatever pot's letters left out: "set-attr web -A persistent NO" works too.
        Deque<String> positionals = new ArrayDeque<>();
        Stream.of(name, attribute, value).filter(Objects::nonNull).forEach(positionals::add);
        long wanted = Stream.of(potOption, attributeOption, valueOption)
                .filter(Objects::isNull)
                .count();
        if (positionals.size() != wanted) {
            throw new InvalidArgumentException("set-attr takes the pot, attribute and value once each:"
                    + " NAME ATTRIBUTE VALUE or -p NAME -A ATTRIBUTE -V VALUE");
        }
        String pot = potOption != null ? potOption : positionals.pop();
        Attribute a = GetAttrCmd.attribute(attributeOption != null ? attributeOption : positionals.pop());
        String v = valueOption != null ? valueOption : positionals.pop();
        root.service().execute(new SetAttrCommand(pot, a, v));
        return 0;
    }
}
