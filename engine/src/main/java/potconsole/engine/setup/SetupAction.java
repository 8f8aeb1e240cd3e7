package potconsole.engine.setup;

import java.util.List;
import potconsole.engine.command.PotCommand;
import potconsole.engine.exec.ShellQuote;

/** One thing a setup step does on the host: a pot command, a host program run as root, or the pot.conf write. */
public sealed interface SetupAction {
    /** The exact command, as shown before it runs. */
    String display();

    record Pot(PotCommand command) implements SetupAction {
        public String display() {
            return command.display();
        }
    }

    record Host(List<String> argv) implements SetupAction {
        public Host {
            argv = List.copyOf(argv);
        }

        public String display() {
            return ShellQuote.join(argv);
        }
    }

    record WriteConf(String path, String text) implements SetupAction {
        public String display() {
            return "write " + path + " atomically (the old file is kept as " + path + ".bak-<time>):\n" + text;
        }
    }
}
