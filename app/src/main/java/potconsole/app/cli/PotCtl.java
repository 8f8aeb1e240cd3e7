package potconsole.app.cli;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import potconsole.app.connect.Connections;
import potconsole.engine.error.PotException;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecFailedException;
import potconsole.engine.exec.HostFiles;
import potconsole.engine.exec.Privilege;
import potconsole.engine.flavour.FlavourLibrary;
import potconsole.engine.host.HostProfile;
import potconsole.engine.host.HostStore;
import potconsole.engine.host.UserDirectories;
import potconsole.engine.image.Registry;
import potconsole.engine.inventory.InventoryException;
import potconsole.engine.journal.Journal;
import potconsole.engine.journal.JournalEntry;
import potconsole.engine.journal.JournalingRunner;
import potconsole.engine.service.PotService;

/**
 * potctl: the headless Pot Console. Subcommands are named like pot's; every value is validated by the engine before
 * anything runs. Loads no JavaFX class.
 */
@Command(
        name = "potctl",
        mixinStandardHelpOptions = true,
        versionProvider = PotCtl.Version.class,
        description = "Drive FreeBSD pot jails on the sandbox, this machine or remote hosts over SSH.",
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
            HostsCmd.class,
            ExportCmd.class,
            CopyCmd.class,
            AsCodeCmd.class,
            ImportCmd.class,
            VerifyCmd.class,
            KeygenCmd.class,
            RegistryCmd.class,
            PublishCmd.class,
            FlavourCmd.class,
            NomadJobCmd.class,
            SetCmdCmd.class,
            SetRssCmd.class,
            GetRssCmd.class,
            SetEnvCmd.class,
            SetHostsCmd.class,
            GetAttrCmd.class,
            ExportPortsCmd.class,
            AddDepCmd.class,
            CopyInCmd.class,
            CopyOutCmd.class,
            MountInCmd.class,
            MountOutCmd.class,
            SetHookCmd.class,
            CloneCmd.class,
            RenameCmd.class,
            RestartCmd.class,
            PurgeSnapshotsCmd.class,
            PruneCmd.class,
            PsCmd.class,
            ShowCmd.class,
            ConfigCmd.class,
            LastRunStatsCmd.class,
            UpdateConfigCmd.class,
            CreateBaseCmd.class,
            CreateFscompCmd.class,
            CreatePrivateBridgeCmd.class,
            TermCmd.class,
            CommandLine.HelpCommand.class
        })
public final class PotCtl {
    /** Exit codes: 0 ok, 1 pot refused or failed, 2 bad usage or invalid value, 3 host unreachable. */
    static final int POT_FAILED = 1;

    static final int USAGE = 2;
    static final int HOST_FAILED = 3;

    @Option(
            names = "--host",
            scope = ScopeType.INHERIT,
            defaultValue = "sandbox",
            description = "sandbox (a simulated pot host, freshly seeded on every run), local (pot on this machine), "
                    + "ssh://[user@]host[:port], or the name of a saved host (see hosts). Default: ${DEFAULT-VALUE}")
    String host;

    @Option(
            names = "--privilege",
            scope = ScopeType.INHERIT,
            description = "How commands that need root get it: NONE, SUDO (sudo -n) or DOAS (doas -n). "
                    + "Default: the saved host's, else NONE")
    Privilege privilege;

    @Option(names = "--identity", scope = ScopeType.INHERIT, description = "SSH private key instead of ~/.ssh's.")
    Path identity;

    @Option(
            names = "--known-hosts",
            scope = ScopeType.INHERIT,
            description = "known_hosts instead of ~/.ssh/known_hosts.")
    Path knownHosts;

    @Option(
            names = "--hosts-file",
            scope = ScopeType.INHERIT,
            description = "Saved hosts file. Default: $XDG_CONFIG_HOME/pot-console/hosts.json")
    Path hostsFile;

    private PotService service;
    private CommandRunner runner;

    PotService service() {
        if (service == null) {
            runner = journaled(runner != null ? runner : openRunner(), host);
            service = new PotService(runner, effectivePrivilege());
        }
        return service;
    }

    HostStore hosts() {
        return new HostStore(hostsFile != null ? hostsFile : HostStore.defaultFile());
    }

    private boolean isSavedHost() {
        return !host.equals("sandbox") && !host.equals("local") && !host.startsWith("ssh://");
    }

    private Privilege effectivePrivilege() {
        if (privilege != null) {
            return privilege;
        }
        return isSavedHost() ? hosts().find(host).map(HostProfile::privilege).orElse(Privilege.NONE) : Privilege.NONE;
    }

    /** Tests an SSH host as potctl names it, with this call's --identity / --known-hosts. */
    Connections.Check check(String spec) {
        return Connections.check(spec, hosts(), identity, knownHosts, TerminalPrompts.forThisProcess());
    }

    private final List<CommandRunner> registryRunners = new ArrayList<>();

    /**
     * A registry as potctl takes it: a directory here, {@code http(s)://…}, or {@code HOST:/dir} on the sandbox or
     * a saved host (over SFTP).
     */
    Registry registry(String spec) {
        return Registry.open(spec, typed -> {
            String name = savedHostName(typed);
            CommandRunner r = name.equals(host) ? openedRunner() : journaled(openRunner(name), name);
            if (r != runner) {
                registryRunners.add(r);
            }
            return r.files();
        });
    }

    /** The host's flavour directory (from its inventory), over SFTP for SSH hosts. */
    FlavourLibrary flavourLibrary() {
        PotService s = service();
        String dir = s.inventory().settings().get("flavourdir");
        HostFiles files =
                runner.files().orElseThrow(() -> new IllegalArgumentException(host + " offers no file transfer"));
        return new FlavourLibrary(
                files,
                dir.isBlank() ? "/usr/local/etc/pot/flavours" : dir,
                FlavourCmd.backupRoot().resolve(host.replaceAll("[^A-Za-z0-9._-]", "_")),
                FlavourCmd.clock());
    }

    /**
     * A registry's {@code HOST:} prefix as the host is known: host names are matched without regard to case
     * ({@code Sandbox:/tmp/images}, {@code WEB1:/srv}), as DNS names are.
     */
    String savedHostName(String typed) {
        if (typed.equalsIgnoreCase(host)) {
            return host;
        }
        for (String builtIn : List.of("sandbox", "local")) {
            if (typed.equalsIgnoreCase(builtIn)) {
                return builtIn;
            }
        }
        return hosts().load().stream()
                .map(HostProfile::name)
                .filter(n -> n.equalsIgnoreCase(typed))
                .findFirst()
                .orElse(typed);
    }

    private CommandRunner openedRunner() {
        service();
        return runner;
    }

    private CommandRunner openRunner() {
        return openRunner(host);
    }

    private CommandRunner openRunner(String host) {
        return Connections.open(host, hosts(), identity, knownHosts, TerminalPrompts.forThisProcess());
    }

    void closeRunner() {
        registryRunners.forEach(PotCtl::close);
        close(runner);
    }

    /**
     * Every command potctl runs goes to the console's journal (same file, same masking), marked as potctl's. The
     * journal's file is {@code $XDG_STATE_HOME/pot-console/journal.jsonl}.
     */
    private static CommandRunner journaled(CommandRunner runner, String hostName) {
        return runner instanceof JournalingRunner
                ? runner
                : new JournalingRunner(
                        runner, Journal.appendingTo(Journal.defaultFile()), hostName, JournalEntry.POTCTL);
    }

    private static void close(CommandRunner journaled) {
        CommandRunner runner = journaled instanceof JournalingRunner j ? j.delegate() : journaled;
        if (runner instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                // An SSH session that already broke has nothing left to release.
            }
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs potctl with the given streams; returns the exit code (tests call this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, null);
    }

    /** The same against a host already open (a sandbox in a given state, for tests); null opens {@code --host}. */
    static int run(String[] args, PrintWriter plainOut, PrintWriter plainErr, CommandRunner host) {
        // Secret values are masked in everything potctl prints; the files it keeps are made private first.
        PrintWriter out = MaskedOutput.around(plainOut);
        PrintWriter err = MaskedOutput.around(plainErr);
        UserDirectories.makePrivate().ifPresent(n -> err.println("potctl: " + n));
        PotCtl root = new PotCtl();
        root.runner = host;
        CommandLine cli = new CommandLine(root);
        addHelpOption(cli);
        // Everything after the pot's name is the command to run inside it, options included.
        cli.getSubcommands().get("exec").setStopAtPositional(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("potctl: " + message(e));
            return exitCode(e);
        });
        try {
            return cli.execute(args);
        } finally {
            ((PotCtl) cli.getCommand()).closeRunner();
            out.flush();
            err.flush();
        }
    }

    /** {@code -h/--help} on every subcommand, at every depth (the root has it from mixinStandardHelpOptions). */
    private static void addHelpOption(CommandLine cli) {
        for (CommandLine sub : cli.getSubcommands().values()) {
            CommandLine.Model.CommandSpec spec = sub.getCommandSpec();
            boolean hasHelp = spec.options().stream().anyMatch(CommandLine.Model.OptionSpec::usageHelp);
            if (!hasHelp && !(sub.getCommand() instanceof CommandLine.HelpCommand)) {
                spec.addOption(CommandLine.Model.OptionSpec.builder("-h", "--help")
                        .usageHelp(true)
                        .description("Show this help message and exit.")
                        .build());
            }
            addHelpOption(sub);
        }
    }

    private static String message(Exception e) {
        // java.nio names only the path: say what is wrong with it.
        if (e instanceof NoSuchFileException f && f.getFile() != null) {
            Path file = Path.of(f.getFile());
            Path parent = file.toAbsolutePath().getParent();
            return parent != null && !Files.isDirectory(parent)
                    ? "the directory " + parent + " does not exist (needed for " + file + ")"
                    : file + ": no such file or directory";
        }
        if (e instanceof AccessDeniedException f && f.getFile() != null) {
            return f.getFile() + ": permission denied";
        }
        if (e instanceof FileAlreadyExistsException f && f.getFile() != null) {
            return f.getFile() + " already exists";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static int exitCode(Exception e) {
        if (e instanceof ExecFailedException) {
            return HOST_FAILED;
        }
        if (e instanceof PotException || e instanceof InventoryException) {
            return POT_FAILED;
        }
        if (e instanceof IllegalArgumentException || e instanceof NoSuchFileException) {
            return USAGE;
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
