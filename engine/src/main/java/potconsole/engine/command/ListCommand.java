package potconsole.engine.command;

import java.util.List;

/** {@code pot ls [-p|-b|-f|-F|-B|-a] [-q] [-v]}; the kinds are exclusive and {@code -a} refuses {@code -q}. */
public record ListCommand(Kind kind, boolean quiet, boolean verbose) implements ReadOnlyPotCommand {
    public enum Kind {
        POTS(null),
        BASES("-b"),
        FSCOMPS("-f"),
        FLAVOURS("-F"),
        BRIDGES("-B"),
        ALL("-a");

        private final String flag;

        Kind(String flag) {
            this.flag = flag;
        }
    }

    public ListCommand {
        if (kind == Kind.ALL && quiet) {
            throw new InvalidArgumentException("pot ls -a cannot be combined with -q");
        }
    }

    public static ListCommand pots() {
        return new ListCommand(Kind.POTS, false, false);
    }

    public String subcommand() {
        return "ls";
    }

    public List<String> arguments() {
        Args a = Args.of();
        if (kind.flag != null) {
            a.add(kind.flag);
        }
        return a.flag("-q", quiet).flag("-v", verbose).build();
    }
}
