package potconsole.engine.parse;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code pot info [-v] -p pot}. {@code exportedPorts} is present only with {@code -v} on non-inherit pots (empty list
 * for "no ports exported"). Attribute values are as info shows them: spaces removed, defaults filled in.
 */
public record PotInfo(
        String name,
        String type,
        String base,
        int level,
        Optional<String> basePot,
        String networkType,
        Optional<String> ip,
        Optional<String> bridge,
        Optional<List<String>> exportedPorts,
        boolean active,
        List<DatasetLine> datasets,
        List<String> snapshots,
        Map<String, String> attributes,
        Map<String, String> jailAttributes,
        Optional<String> maxCpus,
        Optional<String> maxMemory) {}
