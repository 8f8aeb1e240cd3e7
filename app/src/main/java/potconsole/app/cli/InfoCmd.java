package potconsole.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.engine.command.Validate;
import potconsole.engine.parse.PotInfo;
import potconsole.engine.service.PotService;

@Command(name = "info", description = "Show one pot as pot info -v does.")
final class InfoCmd extends OnePotCmd implements HostRead<PotInfo> {
    @Option(names = "--json", description = "As JSON, in pot info -v's words.")
    boolean json;

    @Override
    public Integer call() {
        Validate.existingPotName(name);
        return Fanout.run(root, spec, this);
    }

    @Override
    public PotInfo read(PotService service) {
        return service.info(name);
    }

    @Override
    public boolean json() {
        return json;
    }

    @Override
    public Map<String, Object> toJson(PotInfo info) {
        return Json.obj(
                "name", info.name(),
                "type", info.type(),
                "level", info.level(),
                "base", info.base(),
                "pot-base", info.basePot(),
                "network-type", info.networkType(),
                "ip", info.ip(),
                "bridge", info.bridge(),
                "ports", info.exportedPorts(),
                "active", info.active(),
                "datasets",
                        info.datasets().stream()
                                .map(d -> Json.obj("mountpoint", d.mountPoint(), "source", d.source()))
                                .toList(),
                "snapshots", info.snapshots(),
                "attributes", new TreeMap<>(info.attributes()),
                "jail", new TreeMap<>(info.jailAttributes()),
                "max-cpus", info.maxCpus(),
                "max-memory", info.maxMemory());
    }

    @Override
    public void print(PotInfo info, PrintWriter out, PrintWriter err) {
        out.println("name:      " + info.name());
        out.println("type:      " + info.type() + " (level " + info.level() + ")");
        out.println("base:      " + info.base());
        out.println("network:   " + info.networkType()
                + info.ip().map(ip -> " " + ip).orElse("")
                + info.bridge().map(b -> " on " + b).orElse(""));
        info.exportedPorts().ifPresent(p -> out.println("ports:     " + (p.isEmpty() ? "none" : String.join(" ", p))));
        out.println("running:   " + (info.active() ? "yes" : "no"));
        out.println("snapshots: " + (info.snapshots().isEmpty() ? "none" : String.join(" ", info.snapshots())));
        info.datasets()
                .forEach(d -> out.println(
                        "dataset:   " + (d.mountPoint().isEmpty() ? "" : d.mountPoint() + " <= ") + d.source()));
        info.attributes().forEach((k, v) -> out.println("attribute: " + k + " = " + v));
        info.jailAttributes().forEach((k, v) -> out.println("jail:      " + k + " = " + v));
    }
}
