package potconsole.engine.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import potconsole.engine.exec.ExecCancelledException;

/**
 * The programs that exist inside a simulated pot (and a few on the host): enough for {@code pot exec}, pot's main
 * command and the console's exec panel — echo, printf, cat, ls, hostname, head -c, sleep, tail -f, sh -c, env, id,
 * uname, freebsd-version, true/false, plus programs flavours install.
 */
final class Userland {
    enum Mode {
        /** {@code pot exec}: a missing program is reported by jexec. */
        EXEC,
        /** The main command of a persistent pot in rc mode. */
        RC,
        /** The main command of a non-persistent pot: it may block until the pot is stopped. */
        MAIN
    }

    private static final List<String> ROOT_DIRS = List.of(
            "COPYRIGHT",
            "bin",
            "boot",
            "dev",
            "etc",
            "home",
            "lib",
            "libexec",
            "media",
            "mnt",
            "net",
            "proc",
            "rescue",
            "root",
            "sbin",
            "sys",
            "tmp",
            "usr",
            "var");

    private Userland() {}

    static int inPot(Ctx c, SandboxPot pot, List<String> argv, Map<String, String> env, byte[] stdin, Mode mode) {
        if (argv.isEmpty()) {
            return 0;
        }
        String prog = argv.get(0);
        List<String> args = argv.subList(1, argv.size());
        Out out = c.out();
        String hostname = pot.conf.hostname().orElse(pot.name);
        return switch (prog) {
            case "sh", "/bin/sh" -> sh(c, pot, args, env, stdin, mode);
            case "echo", "/bin/echo" -> line(out, String.join(" ", args));
            case "printf", "/usr/bin/printf" -> printf(out, args);
            case "true", ":" -> 0;
            case "false" -> 1;
            case "hostname", "/bin/hostname" -> line(out, hostname);
            case "uname", "/usr/bin/uname" ->
                line(
                        out,
                        args.contains("-a")
                                ? "FreeBSD " + hostname + " 13.2-RELEASE FreeBSD 13.2-RELEASE amd64"
                                : "FreeBSD");
            case "freebsd-version" -> line(out, pot.conf.osRelease().orElse("13.2-RELEASE"));
            case "id" -> line(out, "uid=0(root) gid=0(wheel) groups=0(wheel),5(operator)");
            case "env", "/usr/bin/env" -> env(out, env);
            case "ls", "/bin/ls" -> ls(out, pot, args);
            case "cat", "/bin/cat" -> cat(c, pot, args, stdin);
            case "head" -> head(c, args);
            case "sleep" -> sleep(c, args);
            case "tail" -> tail(c, pot, args, mode);
            default ->
                SandboxPackages.run(c, pot, prog, args, mode)
                        .orElseGet(() -> installed(out, pot, prog, hostname, env, mode));
        };
    }

    private static int line(Out out, String text) {
        out.line(text);
        return 0;
    }

    private static int env(Out out, Map<String, String> env) {
        env.forEach((k, v) -> out.line(k + "=" + v));
        return 0;
    }

    private static int sh(Ctx c, SandboxPot pot, List<String> args, Map<String, String> env, byte[] stdin, Mode mode) {
        if (args.size() >= 2 && args.get(0).equals("-c")) {
            return shell(c, pot, args.get(1), args.subList(2, args.size()), env, stdin, mode);
        }
        if (args.size() == 1 && args.get(0).equals("/etc/rc")) {
            c.out().line("");
            c.out().line(c.state().date());
        }
        return 0;
    }

    private static int ls(Out out, SandboxPot pot, List<String> args) {
        String dir = args.stream().filter(a -> !a.startsWith("-")).findFirst().orElse("/root");
        if (dir.equals("/")) {
            ROOT_DIRS.forEach(out::line);
            return 0;
        }
        String prefix = dir.endsWith("/") ? dir : dir + "/";
        pot.files.keySet().stream()
                .filter(f -> f.startsWith(prefix))
                .map(f -> f.substring(prefix.length()).split("/")[0])
                .distinct()
                .forEach(out::line);
        return 0;
    }

    private static int cat(Ctx c, SandboxPot pot, List<String> args, byte[] stdin) {
        if (args.isEmpty()) {
            streamBytes(c, stdin);
            return 0;
        }
        int rc = 0;
        for (String f : args) {
            String content = pot.files.get(f);
            if (content == null) {
                c.out().err("cat: " + f + ": No such file or directory");
                rc = 1;
            } else {
                streamBytes(c, content.getBytes(StandardCharsets.UTF_8));
            }
        }
        return rc;
    }

    private static int head(Ctx c, List<String> args) {
        if (args.size() == 3 && args.get(0).equals("-c") && args.get(2).equals("/dev/zero")) {
            zeros(c, Long.parseLong(args.get(1)));
            return 0;
        }
        c.out().err("usage: head [-n lines | -c bytes] [file ...]");
        return 1;
    }

    private static int sleep(Ctx c, List<String> args) {
        double seconds = Double.parseDouble(args.isEmpty() ? "0" : args.get(0));
        c.host().pauseUnlocked(c, Duration.ofMillis((long) (seconds * 1000)));
        return 0;
    }

    private static int tail(Ctx c, SandboxPot pot, List<String> args, Mode mode) {
        if (args.contains("-f")) {
            c.host().awaitStopOrCancel(c, pot.name);
            return mode == Mode.MAIN ? 0 : 130;
        }
        return 0;
    }

    /** A program a flavour installed, or jexec's complaint that there is none. */
    private static int installed(
            Out out, SandboxPot pot, String prog, String hostname, Map<String, String> env, Mode mode) {
        String program = pot.files.get(prog);
        if (program != null && program.startsWith("#!sandbox hello")) {
            out.line("hello from " + hostname + " (FLAVOUR=" + env.getOrDefault("FLAVOUR", "") + ")");
            return 0;
        }
        out.err("jexec: execvp: " + prog + ": No such file or directory");
        return mode == Mode.EXEC ? 127 : 1;
    }

    private static int shell(
            Ctx c,
            SandboxPot pot,
            String script,
            List<String> params,
            Map<String, String> env,
            byte[] stdin,
            Mode mode) {
        Map<String, String> vars = new HashMap<>(env);
        for (int i = 0; i < params.size(); i++) {
            vars.put(String.valueOf(i), params.get(i));
        }
        int rc = 0;
        for (MiniShell.Step step : MiniShell.list(script)) {
            if ((step.joiner().equals("&&") && rc != 0) || (step.joiner().equals("||") && rc == 0)) {
                continue;
            }
            String text = step.text().trim();
            boolean toStderr = text.endsWith(">&2");
            if (toStderr) {
                text = text.substring(0, text.length() - 3).trim();
            }
            List<String> w = MiniShell.words(text, vars);
            if (!w.isEmpty() && w.get(0).equals("exit")) {
                return w.size() > 1 ? Integer.parseInt(w.get(1)) : rc;
            }
            rc = step(c, pot, w, toStderr, env, stdin, mode, rc);
        }
        return rc;
    }

    /** One simple command of a script; {@code rc} stays where the step is only syntax ({@code while}, {@code do}). */
    private static int step(
            Ctx c,
            SandboxPot pot,
            List<String> w,
            boolean toStderr,
            Map<String, String> env,
            byte[] stdin,
            Mode mode,
            int rc) {
        if (w.isEmpty() || List.of("while", "do", "done").contains(w.get(0))) {
            return rc;
        }
        if (toStderr && (w.get(0).equals("echo") || w.get(0).equals("printf"))) {
            c.out().err(String.join(" ", w.subList(1, w.size())));
            return 0;
        }
        return inPot(c, pot, w, env, stdin, mode);
    }

    private static int printf(Out out, List<String> args) {
        if (args.isEmpty()) {
            return 0;
        }
        String fmt = args.get(0).replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\");
        List<String> values = args.subList(1, args.size());
        StringBuilder sb = new StringBuilder();
        int vi = 0;
        do {
            for (int i = 0; i < fmt.length(); i++) {
                char ch = fmt.charAt(i);
                if (ch == '%' && i + 1 < fmt.length()) {
                    char f = fmt.charAt(++i);
                    if (f == '%') {
                        sb.append('%');
                    } else {
                        sb.append(vi < values.size() ? values.get(vi++) : "");
                    }
                } else {
                    sb.append(ch);
                }
            }
        } while (vi < values.size());
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        out.bytesAndLines(bytes);
        return 0;
    }

    private static void streamBytes(Ctx c, byte[] data) {
        c.out().bytesAndLines(data);
    }

    private static void zeros(Ctx c, long total) {
        byte[] chunk = new byte[64 * 1024];
        long left = total;
        while (left > 0) {
            if (c.cancellation().isCancelled()) {
                throw new ExecCancelledException("cancelled");
            }
            int n = (int) Math.min(chunk.length, left);
            c.out().bytes(chunk, n);
            left -= n;
        }
    }
}
