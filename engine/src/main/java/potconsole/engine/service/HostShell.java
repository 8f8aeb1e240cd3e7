package potconsole.engine.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;
import potconsole.engine.exec.Privilege;

/**
 * The host programs around pot that the image jobs run as root through the host's transport: {@code stat} for a
 * file growing, the {@code zfs send -nP} dry run, {@code rm -f} of an image's files. Every argument goes through
 * the one quoter via {@link ExecRequest}.
 */
final class HostShell {
    private static final Pattern SEND_SIZE = Pattern.compile("size\\s+(\\d+)");

    private final CommandRunner runner;
    private final Privilege privilege;

    HostShell(CommandRunner runner, Privilege privilege) {
        this.runner = runner;
        this.privilege = privilege;
    }

    ExecResult run(Cancellation cancellation, ExecListener listener, String... argv) {
        return runner.run(
                new ExecRequest(List.of(argv), Optional.empty(), new byte[0], true, privilege, cancellation), listener);
    }

    /** As {@link #run}, for a command that only reads the host ({@code stat}, {@code zfs get}, {@code zfs send}). */
    ExecResult read(Cancellation cancellation, ExecListener listener, String... argv) {
        return runner.run(
                new ExecRequest(List.of(argv), Optional.empty(), new byte[0], true, privilege, cancellation, false),
                listener);
    }

    /** {@code stat -f %z FILE}; empty when the file is not there (yet). */
    OptionalLong fileSize(String file, Cancellation cancellation) {
        CapturingListener out = new CapturingListener(ExecListener.NONE, 10);
        ExecResult result = read(cancellation, out, "stat", "-f", "%z", file);
        if (result.exitCode() != 0
                || out.stdout().isEmpty()
                || !out.stdout().get(0).strip().matches("\\d+")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(out.stdout().get(0).strip()));
    }

    /** The stream size {@code zfs send -nP -R SNAPSHOT} reports (its last {@code size} line, stdout or stderr). */
    OptionalLong sendSize(String snapshot, Cancellation cancellation) {
        CapturingListener out = new CapturingListener(ExecListener.NONE, 10_000);
        ExecResult result = read(cancellation, out, "zfs", "send", "-nP", "-R", snapshot);
        if (result.exitCode() != 0) {
            return OptionalLong.empty();
        }
        List<String> lines = new ArrayList<>(out.stdout());
        lines.addAll(out.stderr());
        return lines.stream()
                .map(SEND_SIZE::matcher)
                .filter(Matcher::matches)
                .mapToLong(m -> Long.parseLong(m.group(1)))
                .reduce((first, last) -> last);
    }

    /** Removes an image's .xz and its .meta, .skein and .skein.sig, whatever state they are in. */
    void removeImageFiles(String xz) {
        run(new Cancellation(), ExecListener.NONE, "rm", "-f", xz, xz + ".meta", xz + ".skein", xz + ".skein.sig");
    }
}
