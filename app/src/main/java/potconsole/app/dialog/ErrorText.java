package potconsole.app.dialog;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import potconsole.engine.error.PotException;
import potconsole.engine.exec.ExecFailedException;
import potconsole.engine.inventory.InventoryException;
import potconsole.engine.secret.Secrets;

/**
 * What a person reads about a failure: a headline (pot's ###> line, or the transport's reason) and details, secret
 * values masked ({@link potconsole.engine.secret.Secrets}).
 */
public record ErrorText(String headline, String details) {
    public ErrorText {
        headline = Secrets.hide(headline);
        details = Secrets.hide(details);
    }

    public static ErrorText of(Throwable error) {
        Throwable e = unwrap(error);
        if (e instanceof PotException p) {
            StringBuilder d = new StringBuilder();
            d.append("Command: ").append(p.commandLine()).append('\n');
            d.append("Exit code: ").append(p.exitCode()).append('\n');
            if (!p.errorLines().isEmpty()) {
                d.append("\npot said:\n");
                p.errorLines().forEach(l -> d.append("  ").append(l).append('\n'));
            }
            if (!p.stderr().isEmpty()) {
                d.append("\nstderr:\n");
                p.stderr().forEach(l -> d.append("  ").append(l).append('\n'));
            }
            return new ErrorText(p.getMessage(), d.toString());
        }
        if (e instanceof InventoryException
                || e instanceof IllegalArgumentException
                || e instanceof ExecFailedException) {
            return new ErrorText(e.getMessage(), e.getClass().getSimpleName());
        }
        return new ErrorText(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e.toString());
    }

    /** The cause behind the wrappers a future puts around a job's failure. */
    public static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
