package potconsole.engine.command;

import java.util.List;
import potconsole.engine.model.Attribute;

/** {@code pot get-attr [-q] -p pot -A attr}; no defaults are substituted (unlike info). */
public record GetAttrCommand(String pot, Attribute attribute, boolean quiet) implements ReadOnlyPotCommand {
    public GetAttrCommand {
        Validate.existingPotName(pot);
    }

    public String subcommand() {
        return "get-attr";
    }

    public List<String> arguments() {
        return Args.of()
                .flag("-q", quiet)
                .opt("-p", pot)
                .opt("-A", attribute.potName())
                .build();
    }
}
