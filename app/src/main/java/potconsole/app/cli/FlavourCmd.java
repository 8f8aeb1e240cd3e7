package potconsole.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.app.flavours.FlavourTemplates;
import potconsole.engine.exec.HostFiles;
import potconsole.engine.flavour.FlavourDocument;
import potconsole.engine.flavour.FlavourFile;
import potconsole.engine.flavour.FlavourLibrary;
import potconsole.engine.flavour.FlavourLinter;
import potconsole.engine.flavour.LintFinding;
import potconsole.engine.host.UserDirectories;
import potconsole.engine.model.NetworkType;
import potconsole.engine.sandbox.FlavourPreview;
import potconsole.engine.service.PotService;

/** Flavours from files on this workstation: lint them, preview what they do to pot.conf, push them to a host. */
@Command(
        name = "flavour",
        description = "Flavour files: lint, preview, push.",
        subcommands = {FlavourCmd.Lint.class, FlavourCmd.Preview.class, FlavourCmd.Push.class})
final class FlavourCmd {
    @ParentCommand
    PotCtl root;

    /** The host's flavour directory (from its inventory), over SFTP for SSH hosts. */
    static FlavourLibrary library(PotCtl root) {
        PotService s = root.service();
        String dir = s.inventory().settings().get("flavourdir");
        HostFiles files = root.runner
                .files()
                .orElseThrow(() -> new IllegalArgumentException(root.host() + " offers no file transfer"));
        return new FlavourLibrary(
                files,
                dir.isBlank() ? "/usr/local/etc/pot/flavours" : dir,
                backupRoot().resolve(root.host().replaceAll("[^A-Za-z0-9._-]", "_")),
                clock());
    }

    /** A flavour given as a path to its command file or its NAME.sh; the other part is looked for beside it. */
    static FlavourDocument read(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith(".sh") ? fileName.substring(0, fileName.length() - 3) : fileName;
        Path commandFile = file.resolveSibling(name);
        Path bootstrap = file.resolveSibling(name + ".sh");
        if (!Files.exists(commandFile) && !Files.exists(bootstrap)) {
            throw new IllegalArgumentException("Flavour " + file + " not found");
        }
        return new FlavourDocument(
                name,
                Files.isRegularFile(commandFile)
                        ? Optional.of(Files.readString(commandFile, StandardCharsets.UTF_8))
                        : Optional.empty(),
                Files.isRegularFile(bootstrap)
                        ? Optional.of(Files.readString(bootstrap, StandardCharsets.UTF_8))
                        : Optional.empty(),
                Files.isExecutable(bootstrap));
    }

    /**
     * A flavour as lint and preview take it: a file here (its command file or NAME.sh); else, for a bare NAME, the
     * flavour of that name in the host's flavour directory (--host, the sandbox by default); else the bundled
     * template of that name (the seed guide's nginx-test and nginx-test-cmd, set-cmd-only).
     */
    FlavourDocument find(Path file) throws IOException {
        String arg = file.toString();
        String fileName = file.getFileName() == null ? arg : file.getFileName().toString();
        String name = fileName.endsWith(".sh") ? fileName.substring(0, fileName.length() - 3) : fileName;
        boolean bareName = !arg.contains("/");
        if (Files.exists(file.resolveSibling(name)) || Files.exists(file.resolveSibling(name + ".sh")) || !bareName) {
            return read(file);
        }
        FlavourLibrary library = library(root);
        try {
            return library.open(name);
        } catch (IOException notOnTheHost) {
            FlavourDocument template = FlavourTemplates.load(name);
            if (template.commandFile().isPresent() || template.bootstrap().isPresent()) {
                return new FlavourDocument(
                        name,
                        template.commandFile(),
                        template.bootstrap(),
                        template.bootstrap().isPresent());
            }
            throw new IllegalArgumentException("Flavour " + name + " not found: no file " + file + " here, none in "
                    + root.host + "'s flavour directory " + library.location() + ", and no bundled template of"
                    + " that name ("
                    + String.join(
                            ", ",
                            FlavourTemplates.all().stream()
                                    .map(FlavourTemplates.Template::name)
                                    .toList()) + ")");
        }
    }

    /** lint and preview: both take FLAVOUR arguments and find each as a file, a host's flavour or a template. */
    abstract static class OnFlavours implements Callable<Integer> {
        @ParentCommand
        FlavourCmd parent;

        @Spec
        CommandSpec spec;

        List<FlavourDocument> documents(List<Path> arguments) throws IOException {
            List<FlavourDocument> found = new ArrayList<>();
            for (Path file : arguments) {
                found.add(parent.find(file));
            }
            return found;
        }
    }

    @Command(
            name = "lint",
            description = "Check flavours as pot reads them; exit 1 when any has an error. Each FLAVOUR is a file"
                    + " here, else a flavour of the host's flavour directory (--host), else a bundled template.")
    static final class Lint extends OnFlavours {
        @Parameters(
                arity = "1..*",
                paramLabel = "FLAVOUR",
                description = "Command files or NAME.sh bootstraps, or flavour names.")
        List<Path> files;

        @Option(names = "--network", description = "Network type the flavours run with (for the NAT check).")
        NetworkType network;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            boolean errors = false;
            List<String> names = new ArrayList<>();
            List<FlavourFile> commandFiles = new ArrayList<>();
            for (FlavourDocument flavour : documents(files)) {
                for (LintFinding f : flavour.lint(Optional.ofNullable(network))) {
                    out.println(flavour.name() + ": " + f);
                    errors |= f.severity() == LintFinding.Severity.ERROR;
                }
                names.add(flavour.name());
                commandFiles.add(FlavourFile.parse(flavour.commandFile().orElse("")));
            }
            FlavourLinter.lintOrder(names, commandFiles).forEach(p -> out.println("order: warning: " + p));
            return errors ? 1 : 0;
        }
    }

    @Command(
            name = "preview",
            description = "The pot.conf and fscomp.conf a create with these flavours (in order) produces, as a diff"
                    + " against a plain create. Runs on a private simulated host; nothing is changed anywhere."
                    + " Each FLAVOUR is found as lint finds it.")
    static final class Preview extends OnFlavours {
        @Parameters(
                arity = "1..*",
                paramLabel = "FLAVOUR",
                description = "The flavours (files or names), in the order pot applies them.")
        List<Path> files;

        @Option(names = "--base", defaultValue = "14.1", description = "FreeBSD base. Default: ${DEFAULT-VALUE}")
        String base;

        @Option(
                names = "--network",
                defaultValue = "inherit",
                converter = NetworkConverter.class,
                description = "inherit, alias, public-bridge or private-bridge. Default: ${DEFAULT-VALUE}")
        NetworkType network;

        @Option(names = "--name", defaultValue = "preview", description = "Pot name. Default: ${DEFAULT-VALUE}")
        String name;

        @Override
        public Integer call() throws Exception {
            List<FlavourPreview.Flavour> flavours = new ArrayList<>();
            for (FlavourDocument d : documents(files)) {
                flavours.add(new FlavourPreview.Flavour(d.name(), d.commandFile(), d.bootstrap()));
            }
            FlavourPreview.Result result = FlavourPreview.of(name, base, network, flavours);
            PrintWriter out = spec.commandLine().getOut();
            out.println("pot.conf:");
            result.confDiff().forEach(l -> out.println("  " + l));
            if (!result.fscompDiff().isEmpty()) {
                out.println("fscomp.conf:");
                result.fscompDiff().forEach(l -> out.println("  " + l));
            }
            if (!result.succeeded()) {
                spec.commandLine().getErr().println("pot create would fail:");
                result.output().forEach(l -> spec.commandLine().getErr().println("  " + l));
                return 1;
            }
            return 0;
        }
    }

    static final class NetworkConverter implements picocli.CommandLine.ITypeConverter<NetworkType> {
        @Override
        public NetworkType convert(String value) {
            for (NetworkType t : NetworkType.values()) {
                if (t.potValue().equals(value)) {
                    return t;
                }
            }
            throw new picocli.CommandLine.TypeConversionException(
                    "'" + value + "' is not a network type: inherit, alias, public-bridge or private-bridge");
        }
    }

    @Command(
            name = "push",
            description = "Lint, then save flavours into the host's flavour directory (atomically; the previous"
                    + " version is kept under $XDG_STATE_HOME/pot-console/flavour-backups).")
    static final class Push implements Callable<Integer> {
        @ParentCommand
        FlavourCmd parent;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Command files or NAME.sh bootstraps.")
        List<Path> files;

        @Option(names = "--force", description = "Push even when the linter finds errors.")
        boolean force;

        @Override
        public Integer call() throws Exception {
            FlavourLibrary library = library(parent.root);
            PrintWriter out = spec.commandLine().getOut();
            for (Path file : files) {
                FlavourDocument flavour = read(file);
                List<LintFinding> findings = flavour.lint(Optional.empty());
                boolean errors = findings.stream().anyMatch(f -> f.severity() == LintFinding.Severity.ERROR);
                findings.forEach(f -> spec.commandLine().getErr().println(flavour.name() + ": " + f));
                if (errors && !force) {
                    spec.commandLine()
                            .getErr()
                            .println("not pushing " + flavour.name() + ": fix the errors or use --force");
                    return 1;
                }
                Optional<Path> backup = library.save(flavour);
                out.println("pushed " + flavour.name() + " to " + library.location()
                        + backup.map(b -> " (previous version kept in " + b + ")")
                                .orElse(""));
            }
            return 0;
        }
    }

    static Path backupRoot() {
        return UserDirectories.state().resolve("flavour-backups");
    }

    static Clock clock() {
        return Clock.systemUTC();
    }
}
