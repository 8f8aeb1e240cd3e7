package potconsole.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** One potctl invocation: the command line built from the picocli model, parsed and run. */
final class Invocation {
    private Invocation() {}

    /**
     * The command line of potctl for these arguments: only the subcommand they name is built (all of them when they
     * name none, for help and usage errors), every subcommand answering {@code -h/--help}.
     */
    static CommandLine commandLine(PotCtl root, String... args) {
        CommandLine cli = new CommandLine(root);
        Optional<String> verb = verb(cli, args);
        for (Class<?> sub : PotCtl.SUBCOMMANDS) {
            if (verb.isEmpty() || verb.get().equals(name(sub))) {
                cli.addSubcommand(sub);
            }
        }
        addHelpOption(cli);
        CommandLine exec = cli.getSubcommands().get("exec");
        if (exec != null) {
            // Everything after the pot's name is the command to run inside it, options included.
            exec.setStopAtPositional(true);
        }
        return cli;
    }

    private static String name(Class<?> subcommand) {
        return subcommand.getAnnotation(Command.class).name();
    }

    /** The subcommand the arguments name: their first word that is not a root option or its value. */
    private static Optional<String> verb(CommandLine root, String... args) {
        for (int i = 0; i < args.length; i++) {
            OptionSpec option = root.getCommandSpec().findOption(args[i]);
            if (option != null && option.arity().min() > 0) {
                i++;
            } else if (!args[i].startsWith("-")) {
                String word = args[i];
                boolean known = Arrays.stream(PotCtl.SUBCOMMANDS).anyMatch(c -> name(c).equals(word));
                return known && !word.equals("help") ? Optional.of(word) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Parses and runs one invocation; a change on a list of hosts runs it again once per host (ManyHosts). */
    static int execute(String[] args, PrintWriter out, PrintWriter err, Consumer<PotCtl> setUp) {
        PotCtl root = new PotCtl();
        setUp.accept(root);
        CommandLine cli = commandLine(root, args);
        if (root.workDir != null) {
            cli.registerConverter(Path.class, s -> root.workDir.resolve(s));
        }
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
                    one.workDir = root.workDir;
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
