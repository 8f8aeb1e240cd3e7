package potconsole.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import potconsole.engine.command.PotCommand;
import potconsole.engine.command.TermCommand;
import potconsole.engine.exec.Tty;
import potconsole.engine.service.PotService;

@Command(
        name = "term",
        description = "An interactive shell in a running pot (pot term), on a pseudo-terminal: the SSH channel's,"
                + " the sandbox's shell, or this machine's. Needs a terminal.")
final class TermCmd extends PotVerb {
    @Override
    public Integer call() throws Exception {
        TermCommand command = new TermCommand(pot());
        if (System.console() == null) {
            spec.commandLine().getErr().println("potctl: term is interactive and needs a terminal; use exec to script");
            return PotCtl.USAGE;
        }
        return onThisTerminal(root.service(), command);
    }

    /**
     * Runs an interactive pot command (term, top) on a pseudo-terminal of this terminal's size, with this terminal in
     * raw mode (keys reach the program as typed: q quits top, Ctrl-C goes to the pot) and restored afterwards.
     */
    static int onThisTerminal(PotService service, PotCommand command) throws Exception {
        int[] size = terminalSize();
        String saved = stty("-g").strip();
        try (Tty tty = service.openTty(command, size[0], size[1])) {
            stty("raw", "-echo");
            return session(tty, System.in, System.out);
        } finally {
            if (!saved.isEmpty()) {
                stty(saved);
            }
        }
    }

    /** Pumps what is typed into the session and what it shows out, until it ends; its exit status. */
    static int session(Tty tty, InputStream typed, OutputStream shown) throws InterruptedException {
        Thread pump = new Thread(() -> copy(typed, tty.input()), "potctl-term-input");
        pump.setDaemon(true);
        pump.start();
        copy(tty.output(), shown);
        return Math.max(tty.waitFor(), 0);
    }

    private static void copy(InputStream in, OutputStream out) {
        byte[] buf = new byte[4096];
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                out.write(buf, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // The session ended.
        }
    }

    private static int[] terminalSize() {
        String[] parts = stty("size").strip().split("\\s+");
        try {
            return new int[] {Integer.parseInt(parts[1]), Integer.parseInt(parts[0])};
        } catch (RuntimeException e) {
            return new int[] {80, 24};
        }
    }

    /** stty on this process's terminal; "" when it cannot be run. */
    private static String stty(String... args) {
        try {
            List<String> cmd = new ArrayList<>(List.of("stty"));
            cmd.addAll(List.of(args));
            Process p = new ProcessBuilder(cmd)
                    .redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
