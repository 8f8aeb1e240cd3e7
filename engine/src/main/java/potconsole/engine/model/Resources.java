package potconsole.engine.model;

import java.util.Optional;

/**
 * Resource limits of a pot ({@code pot.rss.cpus}, {@code pot.rss.memory}) and, when running, the CPUs allocated to
 * it (from {@code pot show}, "allocated CPUs").
 */
public record Resources(Optional<Integer> cpus, Optional<String> memory, Optional<String> cpuset) {
    public static Resources none() {
        return new Resources(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
