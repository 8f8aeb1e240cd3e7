package potconsole.ssh;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import potconsole.engine.exec.ShellQuote;

/**
 * The tiny POSIX sh wrapper every command runs under on the host. It records its PID (so a cancel can end the remote
 * process tree), then reads the real command line from the channel's stdin and runs it. The SSH exec line is the
 * same fixed text for every command: what the command carries (an env value, a password) never appears in the
 * argv of the login shell or the wrapper, so another account's {@code ps} on the host cannot read it there. It costs
 * no round trip: the command travels in the same flight as the stdin the channel already had.
 */
final class RemoteWrapper {
    /**
     * Where the PID file named $1 goes on the host: {@code $TMPDIR} when it is a directory the account can write,
     * else {@code ~/.potconsole}, made 0700 the first time; never a shared name in {@code /tmp}, which some hosts do
     * not let an account write. Says nothing on stderr either way.
     */
    static final String PID_FILE = "d=${TMPDIR:-}; if [ -z \"$d\" ] || [ ! -d \"$d\" ] || [ ! -w \"$d\" ]; then "
            + "d=\"${HOME:-/nonexistent}/.potconsole\"; [ -d \"$d\" ] || mkdir -m 700 \"$d\" 2>/dev/null; fi; "
            + "f=\"$d/$1\"; ";

    /**
     * Reads the command line from stdin — a line with its number of lines, then the lines — one byte at a time (the
     * read builtin never reads past a newline), so what follows stays the command's own stdin. One line: no fork.
     */
    static final String READ_COMMAND = "IFS= read -r n; c=; nl=; [ \"$n\" -gt 1 ] && nl=$(printf '\\n_') && "
            + "nl=${nl%_}; while [ \"$n\" -gt 0 ]; do IFS= read -r l; c=\"$c$l$nl\"; n=$((n-1)); done; ";

    /** Records its PID, runs the command it reads in a subshell, removes the PID file, keeps the status. */
    static final String WRAPPER = PID_FILE + "{ echo $$ > \"$f\"; } 2>/dev/null; " + READ_COMMAND
            + "set --; ( eval \"$c\" ); r=$?; rm -f \"$f\" 2>/dev/null; exit $r";

    /** Terminates the wrapper and all its descendants, children first; KILL what ignores TERM. */
    static final String KILL_TREE = PID_FILE + "[ -r \"$f\" ] || exit 0; p=$(cat \"$f\"); "
            + "tree() { echo \"$1\"; for c in $(ps -A -o pid= -o ppid= | awk -v p=\"$1\" '$2==p {print $1}'); "
            + "do tree \"$c\"; done; }; pids=$(tree \"$p\"); kill -TERM $pids 2>/dev/null; sleep 1; "
            + "kill -KILL $pids 2>/dev/null; rm -f \"$f\"; exit 0";

    private static final SecureRandom RANDOM = new SecureRandom();

    private RemoteWrapper() {}

    /** A fresh, unguessable PID file name for one command. */
    static String pidFileName() {
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        return ".potconsole-" + HexFormat.of().formatHex(b) + ".pid";
    }

    /** The exec line: the same for every command but for the PID file's random name. */
    static byte[] execLine(String pidFile) {
        return ShellQuote.join(List.of("/bin/sh", "-c", WRAPPER, "potconsole", pidFile))
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] killLine(String pidFile) {
        return ShellQuote.join(List.of("/bin/sh", "-c", KILL_TREE, "potconsole", pidFile))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** What the channel's stdin carries: the command line as {@link #READ_COMMAND} reads it, then the command's own. */
    static byte[] stdin(String commandLine, byte[] commandStdin) {
        long count = commandLine.chars().filter(ch -> ch == '\n').count() + 1;
        ByteArrayOutputStream all = new ByteArrayOutputStream(commandLine.length() + 16 + commandStdin.length);
        all.writeBytes((count + "\n" + commandLine + "\n").getBytes(StandardCharsets.UTF_8));
        all.writeBytes(commandStdin);
        return all.toByteArray();
    }
}
