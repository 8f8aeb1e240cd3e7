package potconsole.engine.command;

import java.util.List;

/**
 * {@code pot info}: {@code -p pot} in one of its modes, or {@code -B bridge}. {@code -q} and {@code -v} are exclusive;
 * {@code -E} works only with {@code -p}.
 */
public record InfoCommand(Mode mode, String target, boolean verbose) implements ReadOnlyPotCommand {
    public enum Mode {
        /** The block of attributes (with -v: ports, datasets, snapshots, limits). */
        POT,
        /** {@code -r}: no output, exit 0 when running. */
        RUNNING,
        /** {@code -q}: exit 0 when it is a pot. */
        EXISTS,
        /** {@code -E}: the hook environment. */
        ENV,
        /** {@code -s}: snapshot names (with -v, with dates). */
        SNAPSHOTS,
        /** {@code -B}: potnet's view of a private bridge. */
        BRIDGE
    }

    public InfoCommand {
        if (mode == Mode.BRIDGE) {
            Validate.simpleName(target, "Bridge name");
        } else {
            Validate.existingPotName(target);
        }
        if (verbose && (mode == Mode.EXISTS || mode == Mode.RUNNING)) {
            throw new InvalidArgumentException("pot info -" + (mode == Mode.EXISTS ? "q" : "r") + " takes no -v");
        }
    }

    public static InfoCommand verbose(String pot) {
        return new InfoCommand(Mode.POT, pot, true);
    }

    public String subcommand() {
        return "info";
    }

    public List<String> arguments() {
        Args a = Args.of();
        switch (mode) {
            case RUNNING -> a.add("-r");
            case EXISTS -> a.add("-q");
            case ENV -> a.add("-E");
            case SNAPSHOTS -> a.add("-s");
            default -> {}
        }
        a.flag("-v", verbose);
        return a.opt(mode == Mode.BRIDGE ? "-B" : "-p", target).build();
    }
}
