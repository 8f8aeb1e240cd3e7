package potconsole.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecFailedException;
import potconsole.engine.exec.LocalRunner;
import potconsole.engine.exec.Privilege;
import potconsole.engine.inventory.InventoryException;
import potconsole.engine.parse.PotException;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/**
 * potctl: the headless Pot Console. Subcommands are named like pot's; every value is validated by the engine before
 * anything runs. Loads no JavaFX class.
 */
@Command(
        name = "potctl",
        mixinStandardHelpOptions = true,
        versionProvider = PotCtl.Version.class,
        description = "Drive FreeBSD pot jails on the sandbox or this machine, the way the Pot Console does.",
        subcommands = {
            VersionCmd.class,
            LsCmd.class,
            InfoCmd.class,
            StartCmd.class,
            StopCmd.class,
            SnapshotCmd.class,
            RevertCmd.class,
            DestroyCmd.class,
            SetAttrCmd.class,
            ExecCmd.class,
            CreateCmd.class,
            InventoryCmd.class,
            CommandLine.HelpCommand.class
        })
public final class PotCtl {
    /** Exit codes: 0 ok, 1 pot refused or failed, 2 bad usage or invalid value, 3 host unreachable. */
    static final int POT_FAILED = 1;

    static final int USAGE = 2;
    static final int HOST_FAILED = 3;

    enum HostKind {
        sandbox,
        local
    }

    @Option(
            names = "--host",
            scope = ScopeType.INHERIT,
            defaultValue = "sandbox",
            description = "sandbox (a simulated pot host, freshly seeded on every run) or local (pot on this machine). "
                    + "Default: ${DEFAULT-VALUE}")
    HostKind host;

    @Option(
            names = "--privilege",
            scope = ScopeType.INHERIT,
            defaultValue = "NONE",
            description =
                    "How commands that need root get it: NONE, SUDO (sudo -n) or DOAS (doas -n). Default: ${DEFAULT-VALUE}")
    Privilege privilege;

    private PotService service;

    PotService service() {
        if (service == null) {
            CommandRunner runner = host == HostKind.sandbox ? SandboxHost.demo() : new LocalRunner();
            service = new PotService(runner, privilege);
        }
        return service;
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs potctl with the given streams; returns the exit code (tests call this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new PotCtl());
        // Everything after the pot's name is the command to run inside it, options included.
        cli.getSubcommands().get("exec").setStopAtPositional(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("potctl: " + message(e));
            return exitCode(e);
        });
        return cli.execute(args);
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static int exitCode(Exception e) {
        if (e instanceof InvalidArgumentException
                || e instanceof IllegalArgumentException && !(e instanceof PotException)) {
            return USAGE;
        }
        if (e instanceof ExecFailedException) {
            return HOST_FAILED;
        }
        if (e instanceof PotException || e instanceof InventoryException) {
            return POT_FAILED;
        }
        return POT_FAILED;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = PotCtl.class.getPackage().getImplementationVersion();
            return new String[] {"potctl " + (v == null ? "0.1.0-SNAPSHOT" : v) + " (Pot Console, for pot 0.16.0)"};
        }
    }
}
