package potconsole.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.engine.service.PotService;

@Command(name = "version", description = "Print the pot version of the host (of each, with several hosts).")
final class VersionCmd implements Callable<Integer>, HostRead<String> {
    @ParentCommand
    PotCtl root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return Fanout.run(root, spec.commandLine().getOut(), spec.commandLine().getErr(), this);
    }

    @Override
    public String read(PotService service) {
        return service.version();
    }

    @Override
    public boolean json() {
        return false;
    }

    @Override
    public Object toJson(String value) {
        return value;
    }

    @Override
    public void print(String value, PrintWriter out, PrintWriter err) {
        out.println(value);
    }

    /** {@code potctl --version}: the console's version and, when {@code --host} is given, the host's pot version. */
    static int printVersions(PotCtl root, CommandSpec spec) {
        PrintWriter out = spec.commandLine().getOut();
        String v = PotCtl.class.getPackage().getImplementationVersion();
        out.println("potctl " + (v == null ? "0.1.0-SNAPSHOT" : v) + " (Pot Console, for pot 0.16.0)");
        if (!spec.commandLine().getParseResult().hasMatchedOption("--host")) {
            return 0;
        }
        if (!root.severalHosts()) {
            out.println(root.host() + ": pot " + root.service().version());
            return 0;
        }
        return Fanout.run(root, out, spec.commandLine().getErr(), new VersionCmd());
    }
}
