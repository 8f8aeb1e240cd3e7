package potconsole.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --json} output: maps built in a fixed key order, pot's own words for values, indented. */
final class Json {
    private Json() {}

    static void print(CommandSpec spec, Object value) {
        try {
            spec.commandLine().getOut().println(InventoryCmd.mapper().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An ordered object: {@code obj("name", "web", "state", "started")}. */
    static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object v = keysAndValues[i + 1];
            m.put((String) keysAndValues[i], v instanceof java.util.Optional<?> o ? o.orElse(null) : v);
        }
        return m;
    }
}
