package potconsole.engine.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import potconsole.engine.journal.JournalEntry;
import potconsole.engine.secret.Secrets;

/**
 * The audit trail as CSV (RFC 4180) and JSON with stable keys — the journal window's export and {@code potctl journal
 * --json} print the same — secret values masked. Files are written atomically: a temporary file beside the target,
 * renamed when complete; a failed write leaves nothing under the target's name.
 */
public final class AuditExport {
    private AuditExport() {}

    /** One event, keys in a fixed order; the journal's own fields are null for a host's line. */
    public static Map<String, Object> event(AuditTrail.Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("time", e.at().toString());
        m.put("host", e.host());
        m.put("origin", e.origin());
        m.put("who", e.who());
        m.put("pot", e.pot().orElse(null));
        m.put("command", Secrets.hide(e.commandLine()));
        m.put("changes-state", e.changesState());
        m.put("exit-code", e.entry().map(JournalEntry::exitCode).orElse(null));
        m.put("duration-ms", e.entry().map(x -> x.duration().toMillis()).orElse(null));
        m.put("in-host-log", e.inHostLog());
        m.put("output-tail", e.entry().map(x -> Secrets.hide(x.outputTail())).orElse(List.of()));
        return m;
    }

    public static Map<String, Object> source(HostLogSource s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("host", s.host());
        m.put("pot-log", s.file().orElse(null));
        m.put("forwarded-to", s.forwards());
        m.put("problem", s.problem().orElse(null));
        return m;
    }

    /** {@code {"hosts": [...], "events": [...]}}, indented. */
    public static String json(List<HostLogSource> sources, List<AuditTrail.Event> events) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("hosts", sources.stream().map(AuditExport::source).toList());
        List<Map<String, Object>> list = new ArrayList<>(events.size());
        events.forEach(e -> list.add(event(e)));
        all.put("events", list);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(all);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void writeCsv(List<AuditTrail.Event> events, Writer w) throws IOException {
        w.write("time,host,origin,who,pot,command,changes state,exit code,duration ms,in host log,output tail\r\n");
        for (AuditTrail.Event e : events) {
            Map<String, Object> m = event(e);
            List<String> cells = new ArrayList<>();
            for (Map.Entry<String, Object> c : m.entrySet()) {
                Object v = c.getValue();
                cells.add(csv(
                        v == null
                                ? ""
                                : v instanceof List<?> l
                                        ? String.join(
                                                "\n",
                                                l.stream().map(String::valueOf).toList())
                                        : String.valueOf(v)));
            }
            w.write(String.join(",", cells));
            w.write("\r\n");
        }
        w.flush();
    }

    public static void writeCsv(List<AuditTrail.Event> events, Path file) throws IOException {
        atomically(file, w -> writeCsv(events, w));
    }

    public static void writeJson(List<HostLogSource> sources, List<AuditTrail.Event> events, Path file)
            throws IOException {
        atomically(file, w -> w.write(json(sources, events) + "\n"));
    }

    private interface Body {
        void write(Writer w) throws IOException;
    }

    private static void atomically(Path file, Body body) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path part = Files.createTempFile(dir, "." + file.getFileName(), ".part");
        try {
            try (Writer w = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                body.write(w);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\""
                : s;
    }
}
