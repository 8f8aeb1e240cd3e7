package potconsole.engine.command;

import java.util.List;
import potconsole.engine.model.Attribute;

/** {@code pot set-attr -p pot -A attr -V value}; the value is checked and normalised by the attribute's kind. */
public record SetAttrCommand(String pot, Attribute attribute, String value) implements PotCommand {
    public SetAttrCommand {
        Validate.existingPotName(pot);
        value = Validate.attributeValue(attribute, value);
    }

    public String subcommand() {
        return "set-attr";
    }

    public List<String> arguments() {
        return Args.of()
                .opt("-p", pot)
                .opt("-A", attribute.potName())
                .opt("-V", value)
                .build();
    }
}
