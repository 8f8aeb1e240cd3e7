package potconsole.app.cli.agent;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which potctl runs the agent may serve: the verbs that read or change a pot host (what a kept SSH session speeds
 * up). The rest run in their own process: what takes the terminal (term, top), asks on it (passphrases, host keys
 * of a new host in hosts test), reads files of this machine given as plain text (images, keys, flavours, registries),
 * and the agent's own verb. Every subcommand is in exactly one list (PotCtlAgentTest checks it).
 */
public final class Forwarding {
    private Forwarding() {}

    public static final Set<String> FORWARDED = Set.of(
            "ls",
            "info",
            "inventory",
            "start",
            "stop",
            "restart",
            "snapshot",
            "revert",
            "destroy",
            "set-attr",
            "get-attr",
            "exec",
            "create",
            "set-cmd",
            "set-rss",
            "get-rss",
            "set-env",
            "set-hosts",
            "export-ports",
            "add-dep",
            "copy-in",
            "copy-out",
            "mount-in",
            "mount-out",
            "set-hook",
            "clone",
            "rename",
            "purge-snapshots",
            "prune",
            "ps",
            "show",
            "config",
            "last-run-stats",
            "update-config",
            "create-base",
            "create-fscomp",
            "create-private-bridge",
            "clone-fscomp",
            "net",
            "doctor",
            "prepare",
            "de-init",
            "journal",
            "version");

    public static final Set<String> IN_PROCESS = Set.of(
            "agent",
            "term",
            "top",
            "help",
            "hosts",
            "export",
            "import",
            "publish",
            "copy",
            "keygen",
            "verify",
            "registry",
            "flavour",
            "nomad-job",
            "as-code",
            "build");

    /** Forwarded verbs that ask on a terminal unless given --yes (cli/Confirm). */
    public static final Set<String> CONFIRMING =
            Set.of("destroy", "purge-snapshots", "revert", "prune", "doctor", "de-init");

    /** potctl's root options that take a value (the verb is the first word that is neither one nor its value). */
    private static final Set<String> ROOT_VALUE_OPTIONS =
            Set.of("--host", "--privilege", "--identity", "--known-hosts", "--hosts-file");

    /** The verb of a command line, or "" when it names none (potctl --version). */
    public static String verb(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (ROOT_VALUE_OPTIONS.contains(a)) {
                i++;
            } else if (!a.startsWith("-")) {
                return a;
            }
        }
        return "";
    }

    /** Whether this run may go to the agent; {@code POTCTL_AGENT=off} keeps every run in its own process. */
    public static boolean allowed(List<String> args, boolean terminal, Map<String, String> env) {
        if ("off".equalsIgnoreCase(env.getOrDefault("POTCTL_AGENT", ""))) {
            return false;
        }
        String verb = verb(args);
        if (!verb.isEmpty() && !FORWARDED.contains(verb)) {
            return false;
        }
        boolean confirmed = args.contains("--yes") || args.contains("-y");
        return !(terminal && CONFIRMING.contains(verb) && !confirmed);
    }
}
