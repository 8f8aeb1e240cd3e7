package potconsole.app.cli.agent;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Starts the agent as a process of its own ({@code potctl agent serve}), with this JVM's options and module, in a
 * session of its own so closing the terminal does not end it.
 */
public final class AgentLauncher {
    private AgentLauncher() {}

    /** The class whose main runs potctl in-process; the agent runs {@code agent serve} through it. */
    private static final String MAIN = "potconsole.app.cli.PotCtl";

    /** {@code 10m}, {@code 90s}, {@code 2h} or seconds; zero or "off" means none. */
    public static Duration parseIdle(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.equals("off") || t.equals("no")) {
            return Duration.ZERO;
        }
        char unit = t.charAt(t.length() - 1);
        long n = Long.parseLong(Character.isDigit(unit) ? t : t.substring(0, t.length() - 1));
        return switch (unit) {
            case 'h' -> Duration.ofHours(n);
            case 'm' -> Duration.ofMinutes(n);
            case 's' -> Duration.ofSeconds(n);
            default -> {
                if (!Character.isDigit(unit)) {
                    throw new IllegalArgumentException("not a duration (10m, 90s, 2h): " + text);
                }
                yield Duration.ofSeconds(n);
            }
        };
    }

    /** A duration as {@link #parseIdle} reads it: 10m, 90s, 2h. */
    public static String format(Duration d) {
        long s = d.toSeconds();
        return s % 3600 == 0 && s > 0 ? s / 3600 + "h" : s % 60 == 0 && s > 0 ? s / 60 + "m" : s + "s";
    }

    /** {@code potctl agent serve --idle D} in this JVM's image: same java, same options, same archive. */
    public static List<String> serveCommand(Duration idle) {
        ProcessHandle.Info info = ProcessHandle.current().info();
        List<String> args = info.arguments().map(Arrays::asList).orElse(List.of());
        List<String> command = new ArrayList<>();
        command.add(info.command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        String module = System.getProperty("jdk.module.main");
        int main = mainIndex(args, module != null);
        if (main >= 0) {
            command.addAll(args.subList(0, main));
        }
        if (module != null) {
            command.addAll(List.of("--module", module + "/" + MAIN));
        } else {
            if (main < 0) {
                command.addAll(List.of("-cp", System.getProperty("java.class.path")));
            }
            command.add(MAIN);
        }
        command.addAll(List.of("agent", "serve", "--idle", idle.toSeconds() + "s"));
        return command;
    }

    /** Where the JVM's own options end: at --module/-m, or at the main class. */
    private static int mainIndex(List<String> args, boolean modular) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            boolean isMain = modular
                    ? a.equals("--module") || a.equals("-m") || a.startsWith("--module=")
                    : a.endsWith("PotCtl") || a.endsWith("PotCtlMain");
            if (isMain) {
                return i;
            }
        }
        return -1;
    }

    /** Starts the agent: its stdout (one "ready" line) is the caller's to read, its stderr goes to the log. */
    public static Process start(Duration idle, Map<String, String> env) throws IOException {
        Path dir = AgentPaths.makeDirectory(env);
        List<String> command = new ArrayList<>(serveCommand(idle));
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add(0, "/usr/bin/setsid"); // its own session: a closed terminal's hang-up does not reach it
        }
        Path log = dir.resolve(AgentPaths.LOG);
        if (!Files.exists(log)) {
            Files.createFile(log, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    /** POTCTL_PERSIST=10m: after a run without an agent, start one for the next runs (not waited for). */
    public static void persistIfAsked(Map<String, String> env) {
        String persist = env.get("POTCTL_PERSIST");
        if (persist == null) {
            return;
        }
        try {
            Duration idle = parseIdle(persist);
            if (!idle.isZero()) {
                start(idle, env).getInputStream().close();
            }
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("potctl: POTCTL_PERSIST: no agent started: " + e.getMessage());
        }
    }
}
