package potconsole.engine.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;

/** {@code pot get-rss -J}: memory in bytes and CPU percentage from rctl (pot-spec §3.1, sample S14). */
public record ResourceUsage(long rssBytes, long swapBytes, double cpuPercent) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static ResourceUsage parseJson(List<String> data) {
        String text = String.join("\n", data).strip();
        try {
            JsonNode root = JSON.readTree(text).path("ResourceUsage");
            JsonNode mem = root.path("MemoryStats");
            JsonNode cpu = root.path("CpuStats");
            if (mem.isMissingNode() || cpu.isMissingNode()) {
                throw new ParseException("get-rss -J has no ResourceUsage: " + text);
            }
            return new ResourceUsage(
                    mem.path("RSS").asLong(),
                    mem.path("Swap").asLong(),
                    cpu.path("Percent").asDouble());
        } catch (IOException e) {
            throw new ParseException("get-rss -J is not valid JSON (rctl may have omitted a field): " + text);
        }
    }
}
