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
        if (root.host().equals(HostList.ALL)) {
            err.println("potctl: " + verb + " changes pots: --host all is for reads; name the hosts to change, "
                    + "e.g. --host web1,web2");
            return PotCtl.USAGE;
        }
        if (verb.equals("term")) {
            err.println("potctl: term opens one terminal: name one host");
            return PotCtl.USAGE;
        }
        List<String> hosts;
        try {
            hosts = root.hostNames();
        } catch (InvalidArgumentException e) {
            err.println("potctl: " + e.getMessage());
            return PotCtl.USAGE;
        }
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
