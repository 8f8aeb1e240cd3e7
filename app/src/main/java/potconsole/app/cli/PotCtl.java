package potconsole.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import potconsole.app.connect.Connections;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.Privilege;
import potconsole.engine.host.HostProfile;
import potconsole.engine.host.HostStore;
import potconsole.engine.host.UserDirectories;
import potconsole.engine.image.Registry;
import potconsole.engine.service.PotService;

/**
 * potctl: the headless Pot Console. Subcommands are named like pot's; every value is validated by the engine before
 * anything runs. Loads no JavaFX class.
 */
@Command(
        name = "potctl",
        description = "Drive FreeBSD pot jails on the sandbox, this machine or remote hosts over SSH.")
public final class PotCtl implements Callable<Integer> {
    /**
     * potctl's subcommands, one line each (append yours before HelpCommand). Only the one named on the command line
     * is built: picocli reads every class of the model by reflection, half a second of each start for all of them.
     */
    static final Class<?>[] SUBCOMMANDS = {
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
        CopyCmd.class,
        AsCodeCmd.class,
        JournalCmd.class,
        DoctorCmd.class,
        NetCmd.class,
        PrepareCmd.class,
        TopCmd.class,
        CloneFscompCmd.class,
        DeInitCmd.class,
        AgentCmd.class,
        BuildCmd.class,
        HelpCommand.class,
    };

    /** Exit codes: 0 ok, 1 pot refused or failed, 2 bad usage or invalid value, 3 host unreachable. */
    static final int POT_FAILED = 1;

    static final int USAGE = 2;
    static final int HOST_FAILED = 3;

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Option(
            names = {"-V", "--version"},
            description = "Print potctl's version and, with --host, the pot version of the host(s).")
    boolean version;

    @Option(
            names = "--host",
            scope = ScopeType.INHERIT,
            defaultValue = "sandbox",
            description = "sandbox (a simulated pot host, freshly seeded on every run), local (pot on this machine), "
                    + "ssh://[user@]host[:port], the name of a saved host (see hosts), a comma list of saved hosts, "
                    + "or all (every saved host; reads only). Default: ${DEFAULT-VALUE}")
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

    /** The one host this run is about when a change runs once per listed host; null: as {@code --host} says. */
    String fixedHost;
    /** How a host's name becomes a connection (tests give sandboxes); null: {@link Connections}. */
    Function<String, CommandRunner> opener;
    /** The directory relative paths are resolved against (the client's, in the agent); null: this process's. */
    Path workDir;

    private PotService service;
    CommandRunner runner;

    /** {@code potctl --version [--host H]}; without a subcommand or --version, a usage error. */
    @Override
    public Integer call() {
        if (!version) {
            throw new ParameterException(spec.commandLine(), "Missing required subcommand");
        }
        return VersionCmd.printVersions(this, spec);
    }

    /** The host named by {@code --host} (or the one host of this run). */
    String host() {
        return fixedHost != null ? fixedHost : host;
    }

    boolean severalHosts() {
        return HostList.isSeveral(host());
    }

    /** The hosts {@code --host} names: one, each of a list, or every saved host. */
    List<String> hostNames() {
        return severalHosts() ? HostList.expand(host(), hosts()) : List.of(host());
    }

    /** This invocation's options, about one of its hosts (a separate connection). */
    PotCtl on(String name) {
        PotCtl one = new PotCtl();
        one.host = name;
        one.privilege = privilege;
        one.identity = identity;
        one.knownHosts = knownHosts;
        one.hostsFile = hostsFile;
        one.opener = opener;
        return one;
    }

    PotService service() {
        if (service == null) {
            runner = Runners.journaled(runner != null ? runner : openRunner(host()), host());
            service = new PotService(runner, effectivePrivilege());
        }
        return service;
    }

    HostStore hosts() {
        return new HostStore(hostsFile != null ? hostsFile : HostStore.defaultFile());
    }

    private boolean isSavedHost() {
        String h = host();
        return !h.equals("sandbox") && !h.equals("local") && !h.startsWith("ssh://");
    }

    private Privilege effectivePrivilege() {
        if (privilege != null) {
            return privilege;
        }
        return isSavedHost() ? hosts().find(host()).map(HostProfile::privilege).orElse(Privilege.NONE) : Privilege.NONE;
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
            String name = HostList.canonical(typed, host(), hosts());
            CommandRunner r = name.equals(host()) ? openedRunner() : Runners.journaled(openRunner(name), name);
            if (r != runner) {
                registryRunners.add(r);
            }
            return r.files();
        });
    }

    private CommandRunner openedRunner() {
        service();
        return runner;
    }

    private CommandRunner openRunner(String name) {
        return opener != null
                ? opener.apply(name)
                : Connections.open(name, hosts(), identity, knownHosts, TerminalPrompts.forThisProcess());
    }

    void closeRunner() {
        registryRunners.forEach(Runners::close);
        Runners.close(runner);
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** potctl's picocli model, as the build reads it for the completion script and the man pages. */
    public static CommandLine commandLine() {
        return Invocation.commandLine(new PotCtl());
    }

    /** Runs potctl with the given streams; returns the exit code (tests call this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, (CommandRunner) null);
    }

    /** The same against a host already open (a sandbox in a given state, for tests); null opens {@code --host}. */
    static int run(String[] args, PrintWriter out, PrintWriter err, CommandRunner host) {
        return start(args, out, err, root -> root.runner = host);
    }

    /** The same with each host's name opened by {@code opener} (several sandboxes, for tests). */
    static int runOn(String[] args, PrintWriter out, PrintWriter err, Function<String, CommandRunner> opener) {
        return start(args, out, err, root -> root.opener = opener);
    }

    static int start(String[] args, PrintWriter plainOut, PrintWriter plainErr, Consumer<PotCtl> setUp) {
        // Secret values are masked in everything potctl prints; the files it keeps are made private first.
        PrintWriter out = MaskedOutput.around(plainOut);
        PrintWriter err = MaskedOutput.around(plainErr);
        UserDirectories.makePrivate().ifPresent(n -> err.println("potctl: " + n));
        return Invocation.execute(args, out, err, setUp);
    }
}
