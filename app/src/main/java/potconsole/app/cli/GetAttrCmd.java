package potconsole.app.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.engine.command.GetAttrCommand;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.model.Attribute;
import potconsole.engine.parse.Message;
import potconsole.engine.parse.PotOutput;
import potconsole.engine.service.PotService;

@Command(name = "get-attr", description = "Print one attribute of a pot (pot get-attr).")
final class GetAttrCmd extends PotVerb implements HostRead<PotOutput> {
    @Option(names = "-A", required = true, paramLabel = "ATTRIBUTE", description = "e.g. persistent, start-at-boot.")
    String attribute;

    @Option(names = "-q", description = "The value only.")
    boolean quiet;

    @Option(names = "--json", description = "As JSON: {\"pot\": NAME, \"attribute\": NAME, \"value\": VALUE}.")
    boolean json;

    private GetAttrCommand command;

    @Override
    public Integer call() {
        command = new GetAttrCommand(pot(), attribute(attribute), quiet || json);
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
    public Map<String, Object> toJson(PotOutput output) {
        return Json.obj(
                "pot",
                pot(),
                "attribute",
                attribute,
                "value",
                String.join("\n", output.data()).strip());
    }

    @Override
    public void print(PotOutput output, PrintWriter out, PrintWriter err) {
        output.data().forEach(out::println);
        output.messages().stream().filter(m -> m.level() == Message.Level.INFO).forEach(m -> err.println(m.text()));
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
