package potconsole.engine.exec;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs commands on this machine through a POSIX shell, as the SSH runner does remotely, so quoting is exercised the
 * same way: an argv becomes the quoted command line, written as UTF-8 to a private temporary file that {@code sh}
 * runs (a process argument would be re-encoded in the JVM's locale, which mangles non-ASCII under LANG=C); a script
 * goes to {@code sh -s} on stdin. Used for a FreeBSD workstation and for tests.
 */
public final class LocalRunner implements CommandRunner {
    private final List<String> shell;

    public LocalRunner() {
        this(List.of("/bin/sh"));
    }

    /**
     * A runner using another POSIX shell, given as the words that start it: {@code [/usr/bin/dash]},
     * {@code [busybox, sh]}, or with a wrapper such as {@code setpriv … /bin/sh}. The inventory script is tested
     * under each.
     */
    public LocalRunner(List<String> shell) {
        this.shell = List.copyOf(shell);
    }

    private List<String> shellWith(String... args) {
        List<String> words = new ArrayList<>(shell);
        words.addAll(List.of(args));
        return words;
    }

    @Override
    public Optional<HostFiles> files() {
        return Optional.of(new LocalHostFiles(describe()));
    }

    @Override
    public String describe() {
        return "local";
    }

    @Override
    public ExecResult run(ExecRequest request, ExecListener listener) {
        Cancellation cancellation = request.cancellation();
        if (cancellation.isCancelled()) {
            throw new ExecCancelledException("cancelled before it started");
        }
        Instant started = Instant.now();
        Started running = start(request);
        Process process = running.process();
        Runnable kill = () -> terminate(process);
        cancellation.onCancel(kill);
        try {
            Thread out = StreamPump.start(process.getInputStream(), listener, true, "local-stdout");
            Thread err = StreamPump.start(process.getErrorStream(), listener, false, "local-stderr");
            writeStdin(process, request.stdinBytes());
            int exit = process.waitFor();
            out.join();
            err.join();
            if (cancellation.isCancelled()) {
                throw new ExecCancelledException("cancelled: " + describeCommand(request));
            }
            return new ExecResult(exit, started, Duration.between(started, Instant.now()));
        } catch (InterruptedException e) {
            terminate(process);
            Thread.currentThread().interrupt();
            throw new ExecCancelledException("interrupted: " + describeCommand(request));
        } finally {
            cancellation.remove(kill);
            deleteQuietly(running.commandFile());
        }
    }

    /** A started process, and the private file holding its command line (null for a script) to delete after it. */
    private record Started(Process process, Path commandFile) {}

    private Started start(ExecRequest request) {
        Path commandFile = null;
        try {
            List<String> command;
            if (request.script().isPresent()) {
                command = scriptCommand(request);
            } else {
                commandFile = writeCommandFile(request.commandLine());
                command = shellWith(commandFile.toString());
            }
            return new Started(new ProcessBuilder(command).start(), commandFile);
        } catch (IOException e) {
            deleteQuietly(commandFile);
            throw new ExecFailedException("Cannot run " + String.join(" ", shell) + ": " + e.getMessage(), e);
        }
    }

    private static Path writeCommandFile(String commandLine) throws IOException {
        Path file = Files.createTempFile(
                "potconsole-cmd",
                ".sh",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, commandLine + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A leftover 0600 temp file is harmless; the command's result matters more.
            }
        }
    }

    private List<String> scriptCommand(ExecRequest request) {
        if (request.needsRoot() && request.privilege() != Privilege.NONE) {
            return shellWith("-c", request.commandLine());
        }
        return shellWith("-s");
    }

    private static String describeCommand(ExecRequest request) {
        return request.script().isPresent() ? "script" : request.commandLine();
    }

    private static void writeStdin(Process process, byte[] bytes) {
        try (OutputStream in = process.getOutputStream()) {
            if (bytes.length > 0) {
                in.write(bytes);
            }
        } catch (IOException e) {
            // The command exited without reading all of its stdin; its exit status tells the rest.
        }
    }

    /** Ends the process and everything it started (a cancelled pipeline must not live on). */
    private static void terminate(Process process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
