package potconsole.engine.sandbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;
import potconsole.engine.flavour.FlavourFile;
import potconsole.engine.flavour.FlavourLine;
import potconsole.engine.model.NetworkType;

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

    private FlavourPreview() {}

    public static Result of(String pot, String base, NetworkType network, List<Flavour> flavours) {
        // Two identical hosts, so both pots get the same IP and host name and only the flavours differ.
        SandboxHost plainHost = prepared(base, network);
        SandboxHost host = prepared(base, network);
        run(plainHost, create(pot, base, network, List.of()).toArray(String[]::new));
        for (Flavour f : flavours) {
            host.installFlavour(f.name(), f.commandFile(), f.bootstrap());
            f.commandFile().ifPresent(text -> assumeReferencesExist(host, FlavourFile.parse(text)));
        }
        CapturingListener out = new CapturingListener();
        ExecResult result = host.run(
                ExecRequest.of(create(
                                pot,
                                base,
                                network,
                                flavours.stream().map(Flavour::name).toList())
                        .toArray(String[]::new)),
                out);
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
        if (!base.equals("13.2")) {
            run(host, "pot", "create-base", "-r", base);
        }
        if (network == NetworkType.PRIVATE_BRIDGE) {
            run(host, "pot", "create-private-bridge", "-B", "preview", "-S", "4");
        }
        return host;
    }

    private static List<String> create(String pot, String base, NetworkType network, List<String> flavours) {
        List<String> argv = new ArrayList<>(List.of("pot", "create", "-p", pot, "-b", base, "-t", "single"));
        argv.addAll(List.of("-N", network.potValue()));
        switch (network) {
            case ALIAS -> argv.addAll(List.of("-i", "10.1.2.3"));
            case PRIVATE_BRIDGE -> argv.addAll(List.of("-B", "preview"));
            default -> {}
        }
        flavours.forEach(f -> argv.addAll(List.of("-f", f)));
        return argv;
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
                    line.option("-f").ifPresent(f -> run(host, "pot", "create-fscomp", "-f", f));
                }
                case ADD_DEP ->
                    line.option("-P").ifPresent(p -> run(host, "pot", "create", "-p", p, "-b", "13.2", "-t", "single"));
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
