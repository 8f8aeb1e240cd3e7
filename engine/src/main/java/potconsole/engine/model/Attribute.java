package potconsole.engine.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every attribute pot knows (pot-spec §2.3), in the order {@code pot info} prints them. {@code defaultValue} is
 * what {@code info} shows when the key is missing; {@code valueAtCreate} is what {@code pot create} writes (empty
 * when create writes nothing).
 */
public enum Attribute {
    START_AT_BOOT(
            "start-at-boot",
            Scope.POT,
            AttributeKind.BOOL,
            "NO",
            "NO",
            "Started at boot by rc.d/pot (needs pot_enable=YES)"),
    EARLY_START_AT_BOOT(
            "early-start-at-boot",
            Scope.POT,
            AttributeKind.BOOL,
            "NO",
            null,
            "Started early at boot by rc.d/pot_early, before ntpdate"),
    PERSISTENT(
            "persistent",
            Scope.POT,
            AttributeKind.BOOL,
            "NO",
            "YES",
            "Jail stays up after its command ends; if NO, start blocks until the command exits, then stops the pot"),
    NO_RC_SCRIPT(
            "no-rc-script",
            Scope.POT,
            AttributeKind.BOOL,
            "NO",
            "NO",
            "Run pot.cmd through the generated /tmp/tinirc instead of /etc/rc (shell quoting honoured)"),
    PRUNABLE(
            "prunable",
            Scope.POT,
            AttributeKind.BOOL,
            "NO",
            "NO",
            "After its first start the pot may be removed by pot prune once stopped"),
    LOCALHOST_TUNNEL(
            "localhost-tunnel",
            Scope.POT,
            AttributeKind.BOOL,
            "NO",
            null,
            "Relay exported ports from the host's localhost with ncat (pf rdr does not cover localhost)"),
    NO_TMPFS(
            "no-tmpfs",
            Scope.POT,
            AttributeKind.BOOL,
            "NO",
            "NO",
            "Do not mount a tmpfs on /tmp (single pots only, set while stopped)"),
    NO_ETC_HOSTS(
            "no-etc-hosts",
            Scope.POT,
            AttributeKind.BOOL,
            "NO",
            null,
            "Do not append the other pots' addresses to /etc/hosts"),
    TO_BE_PRUNED(
            "to-be-pruned",
            Scope.POT,
            AttributeKind.BOOL,
            "NO",
            null,
            "Read-only: set by start on prunable pots; pot prune removes such pots"),
    ENFORCE_STATFS(
            "enforce_statfs",
            Scope.JAIL,
            AttributeKind.UINT,
            "2",
            "2",
            "Which mount points the jail can see (jail enforce_statfs)"),
    MOUNT("mount", Scope.JAIL, AttributeKind.BOOL, "NO", "NO", "Allow mounting file systems (allow.mount)"),
    FDESCFS("fdescfs", Scope.JAIL, AttributeKind.BOOL, "NO", "NO", "Mount fdescfs on /dev/fd (mount.fdescfs)"),
    LINPROCFS("linprocfs", Scope.JAIL, AttributeKind.BOOL, "NO", "NO", "Allow mounting linprocfs"),
    NULLFS("nullfs", Scope.JAIL, AttributeKind.BOOL, "NO", "NO", "Allow mounting nullfs"),
    PROCFS("procfs", Scope.JAIL, AttributeKind.BOOL, "NO", "NO", "Mount procfs on /proc (mount.procfs)"),
    TMPFS("tmpfs", Scope.JAIL, AttributeKind.BOOL, "NO", "NO", "Allow mounting tmpfs"),
    ZFS("zfs", Scope.JAIL, AttributeKind.BOOL, "NO", "NO", "Allow mounting ZFS datasets"),
    RAW_SOCKETS(
            "raw_sockets",
            Scope.JAIL,
            AttributeKind.BOOL,
            "NO",
            "NO",
            "allow.raw_sockets — note: pot always passes it, so NO has no effect"),
    SYSVSHM(
            "sysvshm",
            Scope.JAIL,
            AttributeKind.SYSVOPT,
            "new",
            "new",
            "System V shared memory: new, inherit or disable"),
    SYSVSEM("sysvsem", Scope.JAIL, AttributeKind.SYSVOPT, "new", "new", "System V semaphores: new, inherit or disable"),
    SYSVMSG("sysvmsg", Scope.JAIL, AttributeKind.SYSVOPT, "new", "new", "System V messages: new, inherit or disable"),
    CHILDREN("children", Scope.JAIL, AttributeKind.UINT, "0", "0", "How many child jails it may create (children.max)"),
    MLOCK("mlock", Scope.JAIL, AttributeKind.BOOL, "NO", "NO", "Allow locking memory (allow.mlock)"),
    DEVFS_RULESET("devfs_ruleset", Scope.JAIL, AttributeKind.UINT, "4", "4", "devfs ruleset number for /dev"),
    EXEC_STOP(
            "exec_stop",
            Scope.JAIL,
            AttributeKind.STRING,
            "NO",
            "",
            "Command run inside the jail at stop (exec.stop); cannot be cleared once set"),
    STOP_TIMEOUT("stop_timeout", Scope.JAIL, AttributeKind.UINT, "10", "10", "Seconds to wait for the jail to stop");

    /** Pot attributes are pot's own switches; jail attributes become jail(8) parameters. */
    public enum Scope {
        POT,
        JAIL
    }

    private final String potName;
    private final Scope scope;
    private final AttributeKind kind;
    private final String defaultValue;
    private final String valueAtCreate;
    private final String description;

    Attribute(
            String potName,
            Scope scope,
            AttributeKind kind,
            String defaultValue,
            String valueAtCreate,
            String description) {
        this.potName = potName;
        this.scope = scope;
        this.kind = kind;
        this.defaultValue = defaultValue;
        this.valueAtCreate = valueAtCreate;
        this.description = description;
    }

    public String potName() {
        return potName;
    }

    public Scope scope() {
        return scope;
    }

    public AttributeKind kind() {
        return kind;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public Optional<String> valueAtCreate() {
        return Optional.ofNullable(valueAtCreate);
    }

    /**
     * The default as a person means it: what a new pot has. That is what {@code pot create} writes (persistent is
     * written YES), else what {@code info} shows for a key that is missing ({@link #defaultValue()}, NO for
     * persistent) — never the latter when create writes the former.
     */
    public String newPotValue() {
        return valueAtCreate == null || valueAtCreate.isEmpty() ? defaultValue : valueAtCreate;
    }

    public String description() {
        return description;
    }

    /** {@code to-be-pruned} can be read but set-attribute rejects it. */
    public boolean isReadOnly() {
        return this == TO_BE_PRUNED;
    }

    /** The {@code pot.conf} key. */
    public String confKey() {
        return "pot.attr." + potName;
    }

    public static Optional<Attribute> byPotName(String name) {
        return Arrays.stream(values()).filter(a -> a.potName.equals(name)).findFirst();
    }

    /** pot's {@code _normalize_true_false}: yes/true/on → YES, no/false/off → NO, anything else empty. */
    public static Optional<String> normalizeBool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "on" -> Optional.of("YES");
            case "no", "false", "off" -> Optional.of("NO");
            default -> Optional.empty();
        };
    }
}
