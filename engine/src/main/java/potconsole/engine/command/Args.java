package potconsole.engine.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Small builder for argument lists; keeps each command record to its rules. */
final class Args {
    private final List<String> list = new ArrayList<>();

    static Args of() {
        return new Args();
    }

    Args flag(String flag, boolean on) {
        if (on) {
            list.add(flag);
        }
        return this;
    }

    Args opt(String flag, String value) {
        list.add(flag);
        list.add(value);
        return this;
    }

    Args opt(String flag, Optional<String> value) {
        value.ifPresent(v -> opt(flag, v));
        return this;
    }

    Args each(String flag, Collection<String> values) {
        values.forEach(v -> opt(flag, v));
        return this;
    }

    Args add(String value) {
        list.add(value);
        return this;
    }

    Args addAll(Collection<String> values) {
        list.addAll(values);
        return this;
    }

    List<String> build() {
        return List.copyOf(list);
    }
}
