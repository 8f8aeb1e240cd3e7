package potconsole.engine.sandbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import potconsole.engine.command.CreateBaseCommand;
import potconsole.engine.command.CreateCommand;
import potconsole.engine.command.CreateFscompCommand;
import potconsole.engine.command.CreatePrivateBridgeCommand;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.command.NetworkOptions;
import potconsole.engine.command.PotCommand;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;
import potconsole.engine.flavour.FlavourFile;
import potconsole.engine.flavour.FlavourLine;
import potconsole.engine.model.NetworkType;
import potconsole.engine.service.PotService;

/**
 * The dry run of a create with flavours: the same {@code pot create} run twice on a private simulated host — plain and
 * with the flavours in order — and the {@code pot.conf} / {@code fscomp.conf} of both, so the editor shows what the
 * flavours change. Nothing reaches a real host. Host paths, fscomps and pots the flavours refer to are assumed to
 * exist (the preview is about the configuration, not the host's files).
 */
public final class FlavourPreview {
    /** A flavour as the preview applies it: command file and/or bootstrap. */
    public record Flavour(String name, Optional<String> commandFile, Optional<String> bootstrap) {}

    /** Both configurations, the output of the flavoured create, and whether it succeeded. */
    public record Result(
            String plainConf,
            String flavouredConf,
            String plainFscomp,
            String flavouredFscomp,
            List<String> output,
            boolean succeeded) {
        /** {@code pot.conf} lines removed ("- …") and added ("+ …") by the flavours. */
        public List<String> confDiff() {
            return diff(plainConf, flavouredConf);
        }

        public List<String> fscompDiff() {
            return diff(plainFscomp, flavouredFscomp);
        }
    }

    /** The base every simulated host is seeded with; any other is created first. */
    private static final String SEEDED_BASE = "13.2";

    private static final String BRIDGE = "preview";
    private static final String ALIAS_IP = "10.1.2.3";

    private FlavourPreview() {}

    /**
     * Runs the preview. The values go through the same command records as a real create, so a name or base the
     * real create would reject is rejected here too ({@link InvalidArgumentException}).
     */
    public static Result of(String pot, String base, NetworkType network, List<Flavour> flavours) {
        CreateCommand plain = create(pot, base, network, List.of());
        CreateCommand flavoured =
                create(pot, base, network, flavours.stream().map(Flavour::name).toList());
        // Two identical hosts, so both pots get the same IP and host name and only the flavours differ.
        SandboxHost plainHost = prepared(base, network);
        SandboxHost host = prepared(base, network);
        run(plainHost, plain, new CapturingListener());
        for (Flavour f : flavours) {
            host.installFlavour(f.name(), f.commandFile(), f.bootstrap());
            f.commandFile().ifPresent(text -> assumeReferencesExist(host, FlavourFile.parse(text)));
        }
        CapturingListener out = new CapturingListener();
        ExecResult result = run(host, flavoured, out);
        List<String> output = new ArrayList<>(out.stdout());
        output.addAll(out.stderr());
        return new Result(
                read(plainHost, pot, "pot.conf"),
                read(host, pot, "pot.conf"),
                read(plainHost, pot, "fscomp.conf"),
                read(host, pot, "fscomp.conf"),
                output,
                result.exitCode() == 0);
    }

    private static SandboxHost prepared(String base, NetworkType network) {
        SandboxHost host = SandboxHost.recordedHost(Clock.systemUTC());
        if (!base.equals(SEEDED_BASE)) {
            run(host, new CreateBaseCommand(base, Optional.empty()), new CapturingListener());
        }
        if (network == NetworkType.PRIVATE_BRIDGE) {
            run(host, new CreatePrivateBridgeCommand(BRIDGE, 4), new CapturingListener());
        }
        return host;
    }

    private static CreateCommand create(String pot, String base, NetworkType network, List<String> flavours) {
        NetworkOptions options = new NetworkOptions(
                Optional.of(network),
                network == NetworkType.ALIAS ? List.of(ALIAS_IP) : List.of(),
                network == NetworkType.PRIVATE_BRIDGE ? Optional.of(BRIDGE) : Optional.empty(),
                Optional.empty(),
                Optional.empty());
        return CreateCommand.single(pot, base, options, flavours);
    }

    private static void assumeReferencesExist(SandboxHost host, FlavourFile file) {
        for (FlavourLine line : file.lines()) {
            if (!line.valid()) {
                continue;
            }
            switch (line.command().orElseThrow()) {
                case COPY_IN, COPY_IN_FLV ->
                    line.option("-s")
                            .map(s -> s.startsWith("/") ? s : "/usr/local/etc/pot/flavours/" + s)
                            .ifPresent(s -> run(host, "mkdir", "-p", s));
                case MOUNT_IN -> {
                    line.option("-d").ifPresent(d -> run(host, "mkdir", "-p", d));
                    line.option("-f").ifPresent(f -> runIfValid(host, () -> new CreateFscompCommand(f)));
                }
                case ADD_DEP ->
                    line.option("-P")
                            .ifPresent(p -> runIfValid(
                                    host,
                                    () -> CreateCommand.single(p, SEEDED_BASE, NetworkOptions.none(), List.of())));
                default -> {}
            }
        }
    }

    private static String read(SandboxHost host, String pot, String file) {
        CapturingListener out = new CapturingListener();
        ExecResult r = host.run(ExecRequest.of("cat", "/opt/pot/jails/" + pot + "/conf/" + file), out);
        return r.exitCode() == 0 && !out.stdout().isEmpty() ? String.join("\n", out.stdout()) + "\n" : "";
    }

    private static void run(SandboxHost host, String... argv) {
        host.run(ExecRequest.of(argv), new CapturingListener());
    }

    private static ExecResult run(SandboxHost host, PotCommand command, CapturingListener out) {
        return host.run(PotService.request(command), out);
    }

    /** A reference the flavour names with a value pot would reject is left for the create itself to report. */
    private static void runIfValid(SandboxHost host, Supplier<PotCommand> command) {
        PotCommand c;
        try {
            c = command.get();
        } catch (InvalidArgumentException e) {
            return;
        }
        run(host, c, new CapturingListener());
    }

    /**
     * Key by key: "~ key: old → new" for a key set once on both sides, "+ line" / "- line" for the rest, in the
     * order of the files.
     */
    static List<String> diff(String before, String after) {
        Map<String, List<String>> old = byKey(before);
        Map<String, List<String>> now = byKey(after);
        List<String> lines = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>(old.keySet());
        keys.addAll(now.keySet());
        for (String key : keys) {
            List<String> a = old.getOrDefault(key, List.of());
            List<String> b = now.getOrDefault(key, List.of());
            if (a.equals(b)) {
                continue;
            }
            if (a.size() == 1 && b.size() == 1) {
                lines.add("~ " + key + ": " + value(a.get(0)) + " → " + value(b.get(0)));
                continue;
            }
            a.stream().filter(l -> !b.contains(l)).forEach(l -> lines.add("- " + l));
            b.stream().filter(l -> !a.contains(l)).forEach(l -> lines.add("+ " + l));
        }
        return lines;
    }

    private static Map<String, List<String>> byKey(String text) {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        for (String line : text.lines().toList()) {
            int eq = line.indexOf('=');
            String key = eq > 0 ? line.substring(0, eq) : line;
            keys.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
        }
        return keys;
    }

    private static String value(String line) {
        int eq = line.indexOf('=');
        return eq > 0 ? line.substring(eq + 1) : line;
    }
}
