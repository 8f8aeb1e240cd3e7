package potconsole.engine.flavour;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import potconsole.engine.command.Validate;
import potconsole.engine.flavour.LintFinding.Severity;
import potconsole.engine.model.Attribute;
import potconsole.engine.model.NetworkType;

/**
 * Checks flavours against what pot does with them (pot-spec §6): lines pot skips, commands it does not know in
 * flavours, values its subcommands refuse, paths that must be absolute, {@code set-cmd} placement, and bootstrap
 * scripts that cannot run or need a network the flavour run does not have.
 */
public final class FlavourLinter {
    private static final Pattern NETWORK_USE = Pattern.compile(
            "(^|[\\s;&|(])(pkg(\\s+-\\S+)*\\s+(install|update|upgrade|bootstrap)|fetch|curl|wget|git\\s+clone"
                    + "|portsnap|freebsd-update|npm\\s+install|pip\\s+install)\\b");

    private FlavourLinter() {}

    /** The command file on its own. */
    public static List<LintFinding> lint(FlavourFile file) {
        List<LintFinding> findings = new ArrayList<>();
        List<FlavourLine> lines = file.lines();
        for (int i = 0; i < lines.size(); i++) {
            lintLine(i + 1, lines.get(i), findings);
        }
        long commands = lines.stream().filter(FlavourLine::valid).count();
        if (file.setsCmd() && commands > 1) {
            findings.add(new LintFinding(
                    LintFinding.WHOLE_FLAVOUR,
                    Severity.WARNING,
                    "set-cmd shares a flavour with other commands",
                    "move set-cmd into a flavour of its own and apply it last"));
        }
        return findings;
    }

    /**
     * The flavours of one create, in the order given: set-cmd must come from the last one, since a later flavour's
     * bootstrap starts the pot with the command already set.
     */
    public static List<String> lintOrder(List<String> names, List<FlavourFile> files) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < files.size() - 1; i++) {
            if (files.get(i).setsCmd()) {
                problems.add("flavour " + names.get(i) + " sets the command but is not applied last:"
                        + " later flavours' bootstraps start the pot with it — apply it last");
            }
        }
        return problems;
    }

    /**
     * The bootstrap script: shebang, executable bit, and network use on a network type that reaches the outside
     * through pot's NAT, which is missing while flavours run (pot issue #299).
     */
    public static List<LintFinding> lintBootstrap(String script, boolean executable, Optional<NetworkType> network) {
        List<LintFinding> findings = new ArrayList<>();
        if (!script.startsWith("#!")) {
            findings.add(new LintFinding(
                    LintFinding.BOOTSTRAP,
                    Severity.ERROR,
                    "no #! line: jexec runs the script directly",
                    "start it with #!/bin/sh"));
        }
        if (!executable) {
            findings.add(new LintFinding(
                    LintFinding.BOOTSTRAP,
                    Severity.WARNING,
                    "the script is not executable in the flavour directory",
                    "chmod a+x it (saving from the console sets the bit)"));
        }
        if (network.isPresent()
                && (network.get() == NetworkType.PUBLIC_BRIDGE || network.get() == NetworkType.PRIVATE_BRIDGE)) {
            String[] lines = script.split("\n", -1);
            for (String line : lines) {
                String code = line.strip();
                if (!code.startsWith("#") && NETWORK_USE.matcher(code).find()) {
                    findings.add(new LintFinding(
                            LintFinding.BOOTSTRAP,
                            Severity.WARNING,
                            "uses the network (" + code + ") but a "
                                    + network.get().potValue()
                                    + " pot reaches it through pot's NAT, which is missing during flavour runs"
                                    + " (pot #299)",
                            "build with network type inherit, or check pf's nat rules on the host"));
                    break;
                }
            }
        }
        return findings;
    }

    private static void lintLine(int n, FlavourLine line, List<LintFinding> findings) {
        List<String> words = line.words();
        if (line.raw().endsWith("\r")) {
            findings.add(error(n, "the line ends in a carriage return (CRLF file)", "save the file with LF endings"));
        }
        if (words.isEmpty() || words.get(0).startsWith("#")) {
            findings.add(warning(
                    n,
                    (words.isEmpty() ? "blank line" : "comment")
                            + ": pot prints \"line … not valid - ignoring\" for it",
                    "remove it; flavour files have no comments"));
            return;
        }
        Optional<FlavourCommand> command = line.command();
        if (command.isEmpty()) {
            findings.add(unknownCommand(n, words.get(0)));
            return;
        }
        if (command.get() == FlavourCommand.SET_CMD) {
            setCmd(n, line, findings);
            return;
        }
        if (line.raw().contains("\"") || line.raw().contains("'")) {
            findings.add(warning(
                    n,
                    "pot splits flavour lines on spaces and keeps quotes as part of the values",
                    "drop the quotes; values with spaces cannot be set from a flavour (only set-cmd keeps its line)"));
        }
        arguments(n, command.get(), line, findings);
    }

    private static LintFinding unknownCommand(int n, String first) {
        String fix = switch (first) {
            case "set-attr" -> "write set-attribute: pot does not recognise the set-attr alias in flavours";
            case "set-hosts", "set-hook" -> first + " is not allowed in flavours: run it after create";
            default -> "use one of: " + String.join(", ", allowedWords());
        };
        return error(n, "pot ignores '" + first + "' in a flavour", fix);
    }

    private static void setCmd(int n, FlavourLine line, List<LintFinding> findings) {
        if (!line.valid()) {
            findings.add(error(n, "set-cmd must be written 'set-cmd -c COMMAND'", "write set-cmd -c \"…\""));
        } else if (line.setCmdValue().orElse("").isBlank()) {
            findings.add(error(n, "set-cmd without a command", "give the command after -c"));
        }
    }

    /** Each command's own options, checked by the same rules as the command records. */
    private static void arguments(int n, FlavourCommand command, FlavourLine line, List<LintFinding> findings) {
        switch (command) {
            case SET_ATTRIBUTE -> setAttribute(n, line, findings);
            case SET_RSS -> setRss(n, line, findings);
            case SET_ENV -> each(n, line, "-E", "set-env needs -E NAME=value", Validate::envAssignment, findings);
            case EXPORT_PORTS ->
                each(n, line, "-e", "export-ports needs -e [tcp:|udp:]PORT[:HOSTPORT]", Validate::portSpec, findings);
            case COPY_IN -> copyIn(n, line, true, findings);
            case COPY_IN_FLV -> copyIn(n, line, false, findings);
            case MOUNT_IN -> mountIn(n, line, findings);
            case ADD_DEP -> {
                if (line.option("-P").isEmpty()) {
                    findings.add(error(n, "add-dep needs -P POT", "name the pot this one depends on"));
                } else {
                    check(n, () -> Validate.existingPotName(line.option("-P").get()), findings);
                }
            }
            default -> {}
        }
    }

    private static void setAttribute(int n, FlavourLine line, List<LintFinding> findings) {
        Optional<String> name = line.option("-A");
        Optional<String> value = line.option("-V");
        if (name.isEmpty() || value.isEmpty()) {
            findings.add(
                    error(n, "set-attribute needs -A ATTRIBUTE -V VALUE", "give both the attribute and its value"));
            return;
        }
        Optional<Attribute> attribute = Attribute.byPotName(name.get());
        if (attribute.isEmpty()) {
            findings.add(error(
                    n,
                    "unknown attribute '" + name.get() + "'",
                    "pick one of pot's attributes: "
                            + String.join(
                                    ", ",
                                    Arrays.stream(Attribute.values())
                                            .filter(a -> !a.isReadOnly())
                                            .map(Attribute::potName)
                                            .toList())));
            return;
        }
        check(n, () -> Validate.attributeValue(attribute.get(), value.get()), findings);
    }

    private static void setRss(int n, FlavourLine line, List<LintFinding> findings) {
        Optional<String> cpus = line.option("-C");
        Optional<String> memory = line.option("-M");
        if (cpus.isEmpty() && memory.isEmpty()) {
            findings.add(error(n, "set-rss needs -C CPUS or -M MEMORY", "give a CPU count or a memory limit"));
            return;
        }
        cpus.ifPresent(c -> {
            if (!c.matches("[1-9][0-9]*")) {
                findings.add(error(n, "-C " + c + " is not a number of CPUs", "write a whole number, e.g. -C 2"));
            }
        });
        memory.ifPresent(m -> check(n, () -> Validate.memory(m), findings));
    }

    private static void copyIn(int n, FlavourLine line, boolean sourceAbsolute, List<LintFinding> findings) {
        Optional<String> source = line.option("-s");
        Optional<String> destination = line.option("-d");
        if (source.isEmpty() || destination.isEmpty()) {
            findings.add(error(n, line.words().get(0) + " needs -s SOURCE -d DESTINATION", "give both paths"));
            return;
        }
        if (sourceAbsolute && !source.get().startsWith("/")) {
            findings.add(error(
                    n,
                    "copy-in -s " + source.get() + " is relative: pot resolves it against its own working directory",
                    "use an absolute path, or copy-in-flv for a path in the flavour directory"));
        }
        if (!destination.get().startsWith("/")) {
            findings.add(error(
                    n, "-d " + destination.get() + " must be an absolute path inside the pot", "start it with /"));
        }
    }

    private static void mountIn(int n, FlavourLine line, List<LintFinding> findings) {
        long sources = List.of("-d", "-f", "-z").stream()
                .filter(f -> line.option(f).isPresent())
                .count();
        if (sources != 1) {
            findings.add(error(n, "mount-in needs exactly one of -d DIR, -f FSCOMP, -z DATASET", "choose one source"));
        }
        line.option("-d")
                .filter(d -> !d.startsWith("/"))
                .ifPresent(d -> findings.add(error(
                        n,
                        "-d " + d + " is relative: pot needs the host directory's absolute path",
                        "start it with /")));
        Optional<String> mountPoint = line.option("-m");
        if (mountPoint.isEmpty()) {
            findings.add(error(n, "mount-in needs -m MOUNT-POINT", "give the path inside the pot"));
        } else {
            check(n, () -> Validate.mountPoint(mountPoint.get()), findings);
        }
    }

    private static void each(
            int n,
            FlavourLine line,
            String flag,
            String missing,
            Function<String, String> validate,
            List<LintFinding> findings) {
        List<String> values = line.options(flag);
        if (values.isEmpty()) {
            findings.add(error(n, missing, "add " + flag + " with a value"));
        }
        for (String value : values) {
            check(n, () -> validate.apply(value), findings);
        }
    }

    private static void check(int n, Runnable validation, List<LintFinding> findings) {
        try {
            validation.run();
        } catch (IllegalArgumentException e) {
            findings.add(error(n, e.getMessage(), "correct the value"));
        }
    }

    private static List<String> allowedWords() {
        return Arrays.stream(FlavourCommand.values()).map(FlavourCommand::word).toList();
    }

    private static LintFinding error(int n, String message, String fix) {
        return new LintFinding(n, Severity.ERROR, message, fix);
    }

    private static LintFinding warning(int n, String message, String fix) {
        return new LintFinding(n, Severity.WARNING, message, fix);
    }
}
