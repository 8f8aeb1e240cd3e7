package potconsole.engine.exec;

import java.util.List;

/** How a host gets root for commands that need it (pot-spec §3.3). */
public enum Privilege {
    /** Already root, or a read-only account: commands run as they are. */
    NONE(List.of()),
    /** {@code sudo -n}: never prompts; fails clearly when a password would be needed. */
    SUDO(List.of("sudo", "-n")),
    /** {@code doas -n}. */
    DOAS(List.of("doas", "-n"));

    private final List<String> prefix;

    Privilege(List<String> prefix) {
        this.prefix = prefix;
    }

    /** The argv words put before a command that needs root. */
    public List<String> prefix() {
        return prefix;
    }
}
