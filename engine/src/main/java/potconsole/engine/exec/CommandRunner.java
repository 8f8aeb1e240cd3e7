package potconsole.engine.exec;

import java.util.Optional;

/**
 * The transport port: runs one command on one host. Implementations: {@link LocalRunner}, the sandbox, and the SSH
 * runner. Output is streamed to the listener as it arrives; nothing is held in memory by the runner itself.
 */
public interface CommandRunner {
    /**
     * Runs the request to completion and returns its exit status.
     *
     * @throws ExecCancelledException when the request's cancellation fired (the process has been ended)
     * @throws ExecFailedException when the command could not be run or the connection was lost mid-way
     */
    ExecResult run(ExecRequest request, ExecListener listener);

    /** A short label for the UI and error messages, e.g. "local" or "sandbox". */
    String describe();

    /** The host's files beside its commands (SFTP, local, simulated), when this transport offers them. */
    default Optional<HostFiles> files() {
        return Optional.empty();
    }
}
