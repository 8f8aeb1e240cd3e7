package potconsole.engine.model;

/** A base ({@code pot ls -b}): a FreeBSD release extracted under {@code ${POT_FS_ROOT}/bases/<name>}. */
public record Base(String name) {
    /** The multi level-0 pot create-base makes for it: the first '.' becomes '_'. */
    public String levelZeroPot() {
        return "base-" + name.replaceFirst("\\.", "_");
    }
}
