package potconsole.app.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** One potctl invocation: the command line built from the picocli model, parsed and run. */
final class Invocation {
    private Invocation() {}

    /** The command line of potctl, every subcommand answering {@code -h/--help}. */
    static CommandLine commandLine(PotCtl root) {
        CommandLine cli = new CommandLine(root);
        addHelpOption(cli);
        // Everything after the pot's name is the command to run inside it, options included.
        cli.getSubcommands().get("exec").setStopAtPositional(true);
        return cli;
    }

    /** Parses and runs one invocation; a change on a list of hosts runs it again once per host (ManyHosts). */
    static int execute(String[] args, PrintWriter out, PrintWriter err, Consumer<PotCtl> setUp) {
        PotCtl root = new PotCtl();
        setUp.accept(root);
        CommandLine cli = commandLine(root);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("potctl: " + Failures.message(e));
            return Failures.exitCode(e);
        });
        cli.setExecutionStrategy(parsed -> ManyHosts.execute(
                parsed,
                root,
                (h, o, e) -> execute(args, o, e, one -> {
                    one.fixedHost = h;
                    one.opener = root.opener;
                })));
        try {
            return cli.execute(args);
        } finally {
            root.closeRunner();
            out.flush();
            err.flush();
        }
    }

    /** {@code -h/--help} on every subcommand, at every depth (the root declares its own). */
    private static void addHelpOption(CommandLine cli) {
        for (CommandLine sub : cli.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            boolean hasHelp = spec.options().stream().anyMatch(OptionSpec::usageHelp);
            if (!hasHelp && !(sub.getCommand() instanceof HelpCommand)) {
                spec.addOption(OptionSpec.builder("-h", "--help")
                        .usageHelp(true)
                        .description("Show this help message and exit.")
                        .build());
            }
            addHelpOption(sub);
        }
    }
}
