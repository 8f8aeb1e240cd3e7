package potconsole.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.engine.command.GetRssCommand;
import potconsole.engine.parse.PotOutput;

@Command(name = "get-rss", description = "A running pot's resource use (pot get-rss; needs rctl on the host).")
final class GetRssCmd extends PotVerb {
    @Option(
            names = {"-J", "--json"},
            description = "As JSON (pot's -J, re-indented; keys in pot's order).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PotOutput output = root.service().execute(new GetRssCommand(pot(), json));
        if (json) {
            JsonNode node = InventoryCmd.mapper().readTree(String.join("\n", output.data()));
            Json.print(spec, node);
        } else {
            output.data().forEach(spec.commandLine().getOut()::println);
        }
        return done(output);
    }
}
