package potconsole.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.engine.command.GetRssCommand;
import potconsole.engine.parse.Message;
import potconsole.engine.parse.PotOutput;
import potconsole.engine.service.PotService;

@Command(name = "get-rss", description = "A running pot's resource use (pot get-rss; needs rctl on the host).")
final class GetRssCmd extends PotVerb implements HostRead<PotOutput> {
    @Option(
            names = {"-J", "--json"},
            description = "As JSON (pot's -J, re-indented; keys in pot's order).")
    boolean json;

    private GetRssCommand command;

    @Override
    public Integer call() {
        command = new GetRssCommand(pot(), json);
        return Fanout.run(root, spec, this);
    }

    @Override
    public PotOutput read(PotService service) {
        return service.execute(command);
    }

    @Override
    public boolean json() {
        return json;
    }

    @Override
    public Object toJson(PotOutput output) {
        try {
            return InventoryCmd.mapper().readTree(String.join("\n", output.data()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("pot get-rss -J printed no JSON: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public void print(PotOutput output, PrintWriter out, PrintWriter err) {
        output.data().forEach(out::println);
        output.messages().stream().filter(m -> m.level() == Message.Level.INFO).forEach(m -> err.println(m.text()));
    }
}
