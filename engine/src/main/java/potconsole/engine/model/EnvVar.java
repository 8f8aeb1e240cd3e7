package potconsole.engine.model;

/** One {@code pot.env} entry {@code NAME=value}. pot only checks that it contains '='. */
public record EnvVar(String name, String value) {
    public static EnvVar parse(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("'" + assignment + "' is not VAR=value");
        }
        return new EnvVar(assignment.substring(0, eq), assignment.substring(eq + 1));
    }

    public String assignment() {
        return name + "=" + value;
    }
}
