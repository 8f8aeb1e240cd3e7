package potconsole.engine.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import potconsole.engine.exec.ExecListener;

/**
 * What a {@link PotLogScript} printed, taken in line by line as it arrives (a first read may be 100,000 lines): the
 * configuration files, host name, UTC offset, and the log section — its inode, size, where it started, whether it was
 * cut to the newest bytes, and its complete lines (a last line still being written is left for the next read).
 */
public final class PotLogOutput implements ExecListener {
    /** The log section: complete lines read, and the offset the next read starts from. */
    public record Chunk(String inode, long size, long from, List<String> lines, long nextOffset) {}

    private final String marker;
    private final Map<String, StringBuilder> confs = new LinkedHashMap<>();
    private String section = "";
    private StringBuilder conf;
    private String host = "";
    private String zone = "+0000";
    private String[] logHead;
    private boolean capped;
    private final List<String> logLines = new ArrayList<>();
    private final List<String> cronLines = new ArrayList<>();
    private Optional<String> noLog = Optional.empty();
    private boolean ended;

    public PotLogOutput(String marker) {
        this.marker = marker;
    }

    @Override
    public void stdoutLine(String line) {
        if (line.startsWith(marker + " ")) {
            String[] w = line.substring(marker.length() + 1).split(" ");
            ended = w[0].equals("END");
            section = w.length > 1 ? w[1] : "";
            if (section.equals("conf")) {
                conf = new StringBuilder();
                confs.put(line.substring(line.indexOf(" conf ") + 6), conf);
            } else if (section.equals("log")) {
                logHead = w;
                capped = w.length > 5 && w[5].equals("1");
            } else if (section.equals("nolog")) {
                noLog = Optional.of(w.length > 2 ? w[2] : "missing");
            }
            return;
        }
        switch (section) {
            case "conf" -> conf.append(line).append('\n');
            case "host" -> host = line.strip();
            case "zone" -> zone = line.strip();
            case "log" -> logLines.add(line);
            case "cron" -> cronLines.add(line);
            default -> {}
        }
    }

    /** Whether the script ran to its end (a cut connection leaves it false: nothing read is trusted). */
    public boolean complete() {
        return ended;
    }

    public Map<String, String> confs() {
        Map<String, String> m = new LinkedHashMap<>();
        confs.forEach((k, v) -> m.put(k, v.toString()));
        return m;
    }

    public String host() {
        return host;
    }

    /** The host's UTC offset, as {@code date +%z} prints it. */
    public String zone() {
        return zone;
    }

    /** The cron log's lines of jobs that ran pot (empty when there is no readable cron log). */
    public List<String> cronLines() {
        return List.copyOf(cronLines);
    }

    /** Why the named log could not be read ("missing", "unreadable"), if it could not. */
    public Optional<String> noLog() {
        return noLog;
    }

    public Optional<Chunk> chunk() {
        if (logHead == null || logHead.length < 5) {
            return Optional.empty();
        }
        long size = Long.parseLong(logHead[3]);
        long from = Long.parseLong(logHead[4]);
        List<String> lines = new ArrayList<>(logLines);
        String terminator = lines.isEmpty() ? "" : lines.remove(lines.size() - 1);
        long next = size - (terminator.isEmpty() ? 0 : terminator.getBytes(StandardCharsets.UTF_8).length);
        if (capped && !lines.isEmpty()) {
            lines.remove(0); // the cut fell inside a line
        }
        return Optional.of(new Chunk(logHead[2], size, from, lines, next));
    }
}
