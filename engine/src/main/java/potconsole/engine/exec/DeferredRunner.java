package potconsole.engine.exec;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A runner whose transport is still being set up (the sandbox seeding its demo state while the window opens).
 * Commands wait for it; a failure to set it up is every command's failure.
 */
public final class DeferredRunner implements CommandRunner, TtyRunner {
    private final CompletableFuture<? extends CommandRunner> target;
    private final String label;

    public DeferredRunner(CompletableFuture<? extends CommandRunner> target, String label) {
        this.target = target;
        this.label = label;
    }

    private CommandRunner target() {
        try {
            return target.join();
        } catch (CompletionException e) {
            throw new ExecFailedException(
                    label + " could not be set up: " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public ExecResult run(ExecRequest request, ExecListener listener) {
        return target().run(request, listener);
    }

    @Override
    public Tty openTty(ExecRequest request, int columns, int rows) {
        if (target() instanceof TtyRunner tty) {
            return tty.openTty(request, columns, rows);
        }
        throw new UnsupportedOperationException(label + " cannot open a terminal");
    }

    @Override
    public Optional<HostFiles> files() {
        return target().files();
    }

    @Override
    public String describe() {
        return label;
    }
}
