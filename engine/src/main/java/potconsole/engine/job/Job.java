package potconsole.engine.job;

/**
 * A piece of long work (start, create, export…) written once and run by any {@link JobRunner}: the GUI's runner
 * wraps it in a JavaFX task, the CLI and tests run it inline.
 */
@FunctionalInterface
public interface Job<T> {
    T run(JobContext context) throws Exception;
}
