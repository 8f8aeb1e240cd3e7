package potconsole.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.engine.model.HostInventory;
import potconsole.engine.service.PotService;

@Command(name = "inventory", description = "The whole state of the host, read in one round trip.")
final class InventoryCmd implements Callable<Integer>, HostRead<HostInventory> {
    @ParentCommand
    PotCtl root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print it as JSON (the default and, for now, the only format).")
    boolean json = true;

    static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new Jdk8Module())
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    @Override
    public Integer call() {
        return Fanout.run(root, spec, this);
    }

    @Override
    public HostInventory read(PotService service) {
        return service.inventory();
    }

    @Override
    public boolean json() {
        return true;
    }

    /** In pot's words, the pots as {@code ls --json} prints them. */
    @Override
    public Map<String, Object> toJson(HostInventory inv) {
        return Json.obj(
                "version", inv.settings().version(),
                "settings", new TreeMap<>(inv.settings().values()),
                "pots", inv.pots().stream().map(Json::pot).toList(),
                "bases", inv.bases().stream().map(b -> b.name()).toList(),
                "fscomps", inv.fscomps().stream().map(f -> f.name()).toList(),
                "bridges",
                        inv.bridges().stream()
                                .map(b -> Json.obj("name", b.name(), "network", b.network(), "gateway", b.gateway()))
                                .toList(),
                "flavours",
                        inv.flavours().stream()
                                .map(f -> Json.obj(
                                        "name", f.name(),
                                        "command-file", f.hasCommandFile(),
                                        "bootstrap", f.hasBootstrap()))
                                .toList(),
                "running-jails", inv.runningJails(),
                "captured-at", inv.capturedAt().toString());
    }

    @Override
    public void print(HostInventory value, PrintWriter out, PrintWriter err) {
        Json.print(out, toJson(value));
    }
}
