package potconsole.engine.flavour;

import java.util.Arrays;
import java.util.Optional;

/** The pot subcommands a flavour command file may hold ({@code _is_cmd_flavorable}, pot-spec §6.2). */
public enum FlavourCommand {
    ADD_DEP("add-dep", "-P pot [-v]"),
    SET_ATTRIBUTE("set-attribute", "-A attribute -V value"),
    COPY_IN("copy-in", "-s host-path -d pot-path [-F]"),
    COPY_IN_FLV("copy-in-flv", "-s path (relative to the flavour directory) -d pot-path"),
    MOUNT_IN("mount-in", "-d host-dir | -f fscomp | -z dataset  -m mount-point [-r|-w]"),
    SET_RSS("set-rss", "-C cpus | -M memory"),
    EXPORT_PORTS("export-ports", "-e [tcp:|udp:]pot-port[:host-port] …"),
    SET_CMD("set-cmd", "-c command line (taken literally)"),
    SET_ENV("set-env", "-E NAME=value …");

    private final String word;
    private final String usage;

    FlavourCommand(String word, String usage) {
        this.word = word;
        this.usage = usage;
    }

    /** The word as written in the command file. */
    public String word() {
        return word;
    }

    /** Its options, for the editor's hints. */
    public String usage() {
        return usage;
    }

    public static Optional<FlavourCommand> of(String word) {
        return Arrays.stream(values()).filter(c -> c.word.equals(word)).findFirst();
    }
}
