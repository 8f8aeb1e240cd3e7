package potconsole.engine.command;

import java.util.regex.Pattern;
import potconsole.engine.model.Attribute;
import potconsole.engine.model.AttributeKind;
import potconsole.engine.model.PortMapping;

/**
 * pot's own rules (pot-spec §4), applied before anything is sent, plus the console's stricter safe set where pot's
 * rule alone would let zfs, jail or pf fail later. Each check returns its input or throws
 * {@link InvalidArgumentException} with a message for a person.
 */
public final class Validate {
    /** What ZFS allows in a dataset name's component: a pot that exists is one, so no other name can exist. */
    private static final Pattern ZFS_COMPONENT = Pattern.compile("[A-Za-z0-9_:.-]+");

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]*");
    private static final Pattern MEMORY = Pattern.compile("[0-9]+[bBkKmMgG]?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");
    private static final Pattern HOSTNAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_.:][A-Za-z0-9_.:-]*");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Validate() {}

    /**
     * A pot name for create/clone/rename. pot only forbids '.', but the name becomes a ZFS dataset, a directory, a
     * jail and a pf anchor name, so the console allows letters, digits, '_' and '-' only.
     */
    public static String potName(String name) {
        requireNonEmpty(name, "The pot name");
        if (name.contains(".")) {
            throw new InvalidArgumentException(
                    "'" + name + "' is not a valid pot name: pot does not allow '.' (use '_' or '-' instead)");
        }
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new InvalidArgumentException("'" + name + "' is not a valid pot name: use only letters, digits,"
                    + " '_' and '-' (it becomes a ZFS dataset, a jail and a pf anchor name)");
        }
        if (name.length() > 200) {
            throw new InvalidArgumentException("The pot name is too long (" + name.length() + " characters)");
        }
        return name;
    }

    /** The name of an existing pot: any name pot could have made (imports turn '.' into '_'). */
    public static String existingPotName(String name) {
        requireNonEmpty(name, "The pot name");
        if (name.contains("/") || name.contains("@") || name.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidArgumentException("'" + name + "' cannot be a pot name: no '/', '@' or spaces");
        }
        if (name.startsWith("-")) {
            throw new InvalidArgumentException("'" + name + "' cannot be a pot name: it starts with '-'");
        }
        if (!ZFS_COMPONENT.matcher(name).matches()) {
            throw new InvalidArgumentException("'" + name + "' cannot be a pot name: a pot is a ZFS dataset, whose"
                    + " name has only letters, digits, '_', '-', ':' and '.'");
        }
        return name;
    }

    /** Names of fscomps, bridges and bases: one path component, no option-like start. */
    public static String simpleName(String name, String what) {
        requireNonEmpty(name, what);
        if (!SAFE_NAME.matcher(name.replace(".", "_")).matches()) {
            throw new InvalidArgumentException(
                    "'" + name + "' is not a valid " + what.toLowerCase() + ": use letters, digits, '.', '_', '-'");
        }
        return name;
    }

    /** A value for {@code set-attribute -V}, normalised as pot stores it (booleans become YES/NO). */
    public static String attributeValue(Attribute attribute, String value) {
        if (attribute.isReadOnly()) {
            throw new InvalidArgumentException(attribute.potName() + " is read-only: pot sets it itself at start");
        }
        requireNonEmpty(value, "The value of " + attribute.potName());
        AttributeKind kind = attribute.kind();
        return switch (kind) {
            case BOOL ->
                Attribute.normalizeBool(value)
                        .orElseThrow(() -> new InvalidArgumentException(
                                attribute.potName() + " is a switch: use YES or NO (also yes/no/true/false/on/off)"));
            case UINT -> {
                if (!DIGITS.matcher(value).matches()) {
                    throw new InvalidArgumentException(
                            attribute.potName() + " takes a whole number (digits only), not '" + value + "'");
                }
                yield value;
            }
            case SYSVOPT -> {
                if (!value.equals("new") && !value.equals("inherit") && !value.equals("disable")) {
                    throw new InvalidArgumentException(
                            attribute.potName() + " must be new, inherit or disable, not '" + value + "'");
                }
                yield value;
            }
            case STRING -> {
                rejectNewline(value, attribute.potName());
                yield value;
            }
        };
    }

    /** {@code set-rss -C}: a natural number greater than zero. */
    public static int cpus(int cpus) {
        if (cpus < 1) {
            throw new InvalidArgumentException("The CPU limit must be at least 1, not " + cpus);
        }
        return cpus;
    }

    /** {@code set-rss -M}: {@code ^[0-9]+[bBkKmMgG]?$} and not zero. */
    public static String memory(String memory) {
        requireNonEmpty(memory, "The memory limit");
        if (!MEMORY.matcher(memory).matches()) {
            throw new InvalidArgumentException(
                    "'" + memory
                            + "' is not a valid memory limit: use a whole number with an optional unit b, K, M or G (e.g. 512M)");
        }
        if (memory.replaceAll("[^0-9]", "").chars().allMatch(c -> c == '0')) {
            throw new InvalidArgumentException("The memory limit must be greater than zero");
        }
        return memory;
    }

    /** {@code set-env -E}, {@code exec -e}: must contain '='; the console also wants a shell-valid name. */
    public static String envAssignment(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq < 0) {
            throw new InvalidArgumentException("'" + assignment + "' is not VAR=value");
        }
        String name = assignment.substring(0, eq);
        if (!ENV_NAME.matcher(name).matches()) {
            throw new InvalidArgumentException("'" + name + "' is not a valid variable name (letters, digits, '_')");
        }
        rejectNewline(assignment, "An environment value");
        return assignment;
    }

    /** {@code set-hosts -H host:IP}. */
    public static String hostEntry(String hostname, String ip) {
        if (!HOSTNAME.matcher(hostname).matches()) {
            throw new InvalidArgumentException("'" + hostname + "' is not a valid host name");
        }
        ipAddress(ip);
        return hostname + ":" + ip;
    }

    public static String ipAddress(String ip) {
        if (!IPV4.matcher(ip).matches() && !IPV6.matcher(ip).matches()) {
            throw new InvalidArgumentException("'" + ip + "' is not an IPv4 or IPv6 address");
        }
        return ip;
    }

    /** One {@code create -i} value: {@code auto}, an IP, or {@code NIC|IP} for alias. */
    public static String ipSpec(String spec) {
        if (spec.equals("auto")) {
            return spec;
        }
        int bar = spec.indexOf('|');
        if (bar >= 0) {
            simpleName(spec.substring(0, bar), "Network interface");
            ipAddress(spec.substring(bar + 1));
            return spec;
        }
        return ipAddress(spec);
    }

    /** {@code export-ports -e}: digits 1–65535, optional tcp:/udp: (pot's {@code _is_export_port_valid}). */
    public static String portSpec(String spec) {
        try {
            PortMapping.parse(spec);
            return spec;
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(e.getMessage());
        }
    }

    /** A path that must be absolute (mount points, copy-in destinations). */
    public static String absolutePath(String path, String what) {
        requireNonEmpty(path, what);
        if (!path.startsWith("/")) {
            throw new InvalidArgumentException(
                    what + " must be an absolute path (starting with '/'), not '" + path + "'");
        }
        rejectNewline(path, what);
        return path;
    }

    /**
     * {@code mount-in -z}: a ZFS dataset, {@code pool/a/b}. pot writes it into fscomp.conf, whose fields are separated
     * by spaces, so only ZFS's own name characters are taken.
     */
    public static String dataset(String dataset) {
        requireNonEmpty(dataset, "The dataset");
        for (String component : dataset.split("/", -1)) {
            if (!ZFS_COMPONENT.matcher(component).matches()) {
                throw new InvalidArgumentException("'" + dataset
                        + "' is not a ZFS dataset name (pool/name, letters, digits, '_', '-', ':' and '.')");
            }
        }
        return dataset;
    }

    /** {@code mount-in -m}: absolute, not '/', no whitespace. */
    public static String mountPoint(String path) {
        absolutePath(path, "The mount point");
        if (path.equals("/")) {
            throw new InvalidArgumentException("The mount point cannot be '/'");
        }
        if (path.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidArgumentException("The mount point cannot contain spaces: '" + path + "'");
        }
        return path;
    }

    /**
     * Image tags are used verbatim in file names {@code <pot>_<tag>.xz} and in the imported pot's ZFS dataset
     * {@code <pot>_<tag>} ('.' turned into '_'), so they follow ZFS's component rules: letters, digits, '_', '-', ':'
     * and '.', no leading '-'. pot does not check: {@code zfs receive} refuses the name and pot still exits 0.
     */
    public static String tag(String tag) {
        requireNonEmpty(tag, "The tag");
        if (!TAG.matcher(tag).matches()) {
            throw new InvalidArgumentException("'" + tag.replace("\n", "\\n") + "' is not a usable tag: it names a"
                    + " file and the imported pot's ZFS dataset, so use only letters, digits, '.', '_', ':' and '-'"
                    + " (not first)");
        }
        if (tag.length() > 128) {
            throw new InvalidArgumentException("The tag is too long (" + tag.length() + " characters, at most 128)");
        }
        return tag;
    }

    public static String snapshotName(String snapshot) {
        requireNonEmpty(snapshot, "The snapshot name");
        if (!SAFE_NAME.matcher(snapshot.replace(".", "_")).matches()) {
            throw new InvalidArgumentException("'" + snapshot + "' is not a valid snapshot name");
        }
        return snapshot;
    }

    /** Values that end up in pot.conf lines must not carry a newline: it would forge another key. */
    public static String rejectNewline(String value, String what) {
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new InvalidArgumentException(what + " cannot contain a line break");
        }
        return value;
    }

    static String requireNonEmpty(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new InvalidArgumentException(what + " must not be empty");
        }
        return value;
    }
}
