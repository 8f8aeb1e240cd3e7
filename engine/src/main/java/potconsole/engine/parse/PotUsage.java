package potconsole.engine.parse;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One block of {@code pot show}: disk usage, and when running and root, memory, CPUs and port redirections. */
public record PotUsage(
        String name,
        String diskUsage,
        Optional<String> baseUsage,
        Map<String, String> datasetUsage,
        Optional<String> virtualMemory,
        Optional<String> physicalMemory,
        Optional<String> maxCpus,
        Optional<String> allocatedCpus,
        List<String> portRedirections) {}
