package potconsole.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.app.connect.Connections;
import potconsole.engine.exec.Privilege;
import potconsole.engine.host.HostProfile;

@Command(
        name = "hosts",
        description = "Saved pot hosts: add, ls, rm, test.",
        subcommands = {HostsCmd.Add.class, HostsCmd.Ls.class, HostsCmd.Rm.class, HostsCmd.Test.class, SetupCmd.class})
final class HostsCmd {
    @ParentCommand
    PotCtl root;

    @Command(name = "add", description = "Save a host (replaces one of the same name).")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        HostsCmd hosts;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "ADDRESS", description = "Host name, IP or ~/.ssh/config alias.")
        String address;

        @Option(names = "--port")
        Integer port;

        @Option(names = "--user")
        String user;

        @Option(names = "--key", description = "Private key file.")
        String key;

        @Option(
                names = "--root-via",
                defaultValue = "NONE",
                description = "NONE, SUDO or DOAS. Default: ${DEFAULT-VALUE}")
        Privilege privilege;

        @Option(names = "--tag", description = "Repeat for more tags.")
        List<String> tags = new ArrayList<>();

        @Override
        public Integer call() {
            HostProfile p = new HostProfile(
                    name,
                    address,
                    Optional.ofNullable(port),
                    Optional.ofNullable(user),
                    Optional.ofNullable(key),
                    privilege,
                    tags);
            hosts.root.hosts().put(p);
            spec.commandLine()
                    .getOut()
                    .println("saved " + name + " in " + hosts.root.hosts().file());
            return 0;
        }
    }

    @Command(name = "ls", description = "List the saved hosts.")
    static final class Ls implements Callable<Integer> {
        @ParentCommand
        HostsCmd hosts;

        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Option(names = "--json", description = "As JSON, one object per saved host.")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Json.print(
                        spec,
                        hosts.root.hosts().load().stream()
                                .map(p -> Json.obj(
                                        "name", p.name(),
                                        "address", p.address(),
                                        "port", p.port(),
                                        "user", p.user(),
                                        "privilege", p.privilege().name().toLowerCase(Locale.ROOT),
                                        "tags", p.tags()))
                                .toList());
                return 0;
            }
            String format = "%-16s %-30s %-10s %-8s %s%n";
            out.printf(format, "NAME", "ADDRESS", "USER", "ROOT", "TAGS");
            for (HostProfile p : hosts.root.hosts().load()) {
                out.printf(
                        format,
                        p.name(),
                        p.address() + p.port().map(x -> ":" + x).orElse(""),
                        p.user().orElse("-"),
                        p.privilege().name().toLowerCase(Locale.ROOT),
                        String.join(",", p.tags()));
            }
            return 0;
        }
    }

    @Command(name = "rm", description = "Forget a saved host.")
    static final class Rm implements Callable<Integer> {
        @ParentCommand
        HostsCmd hosts;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            hosts.root.hosts().remove(name);
            return 0;
        }
    }

    @Command(name = "test", description = "Connect and say precisely what works and what does not.")
    static final class Test implements Callable<Integer> {
        @ParentCommand
        HostsCmd hosts;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "HOST", description = "A saved host or ssh://user@host:port.")
        String host;

        @Override
        public Integer call() {
            Connections.Check r = hosts.root.check(host);
            (r.ok() ? spec.commandLine().getOut() : spec.commandLine().getErr())
                    .println((r.ok() ? "ok: " : r.status() + ": ") + r.message());
            return r.ok() ? 0 : PotCtl.HOST_FAILED;
        }
    }
}
