package potconsole.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;
import potconsole.engine.command.InvalidArgumentException;

/**
 * potctl's execution strategy. Reads run as usual (a {@link HostRead} reads several hosts at once itself); a change
 * on several hosts needs them named ({@code --host web1,web2}, never {@code all}) and runs once per host, one after
 * another, every line it prints marked with the host's name.
 */
final class ManyHosts {
    /** Runs the same invocation about one host. */
    interface PerHost {
        int run(String host, PrintWriter out, PrintWriter err);
    }

    /** Subcommands that never reach a pot host. */
    private static final Set<String> HOST_FREE = Set.of("hosts", "keygen", "verify", "help");

    private ManyHosts() {}

    static int execute(ParseResult parsed, PotCtl root, PerHost perHost) {
        List<CommandLine> chain = parsed.asCommandLineList();
        Object leaf = chain.get(chain.size() - 1).getCommand();
        String verb = chain.size() > 1 ? chain.get(1).getCommandName() : "";
        boolean help = CommandLine.printHelpIfRequested(parsed);
        if (!help && leaf instanceof OnePotCmd one) {
            one.settleName();
        }
        if (help || !root.severalHosts() || leaf instanceof HostRead || leaf == root || HOST_FREE.contains(verb)) {
            return help ? 0 : new CommandLine.RunLast().execute(parsed);
        }
        PrintWriter out = parsed.commandSpec().commandLine().getOut();
        PrintWriter err = parsed.commandSpec().commandLine().getErr();
        try {
            return eachHost(hosts(root, verb), out, err, perHost);
        } catch (InvalidArgumentException e) {
            err.println("potctl: " + e.getMessage());
            return PotCtl.USAGE;
        }
    }

    /** The hosts a change may run on: listed by name, never all; one for an interactive terminal. */
    private static List<String> hosts(PotCtl root, String verb) {
        if (root.host().equals(HostList.ALL)) {
            throw new InvalidArgumentException(verb + " changes pots: --host all is for reads; name the hosts to "
                    + "change, e.g. --host web1,web2");
        }
        if (verb.equals("term")) {
            throw new InvalidArgumentException("term opens one terminal: name one host");
        }
        return root.hostNames();
    }

    private static int eachHost(List<String> hosts, PrintWriter out, PrintWriter err, PerHost perHost) {
        int worst = 0;
        for (String host : hosts) {
            PrintWriter hostOut = LinePrefix.around(out, host + ": ");
            PrintWriter hostErr = LinePrefix.around(err, host + ": ");
            int code = perHost.run(host, hostOut, hostErr);
            hostOut.flush();
            hostErr.flush();
            // A refusal by pot says more than an unreachable host.
            worst = worst == 0 || (worst == PotCtl.HOST_FAILED && code != 0) ? code : worst;
        }
        return worst;
    }
}
