package potconsole.app.cli;

import java.io.PrintWriter;
import potconsole.engine.service.PotService;

/**
 * A read subcommand. On one host it prints as it always did; with {@code --host all} or a list, {@link Fanout}
 * reads every host at once and prints one table (a host column) or one JSON array (a {@code host} key).
 */
interface HostRead<T> {
    /** Reads one host; with several hosts this runs on a worker thread, one per host. */
    T read(PotService service);

    boolean json();

    /** The value as {@code --json} prints it for one host: an ordered map, a list of them, or a JSON tree. */
    Object toJson(T value);

    /** The text form for one host. */
    void print(T value, PrintWriter out, PrintWriter err);

    /** A table's heading, printed once above every host's rows; null when the output has none. */
    default String header() {
        return null;
    }
}
