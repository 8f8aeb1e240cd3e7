package potconsole.engine.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pot's stdout split into data lines and message lines (pot-spec §0.1: messages arrive on stdout, mixed with data;
 * two or three spaces after the marker), plus stderr. Success is decided from the exit code elsewhere, never here.
 */
public record PotOutput(List<String> data, List<Message> messages, List<String> stderr) {
    private static final Pattern MESSAGE = Pattern.compile("^(=====|===|###)>(?:\\s+(.*))?$");

    public PotOutput {
        data = List.copyOf(data);
        messages = List.copyOf(messages);
        stderr = List.copyOf(stderr);
    }

    /** Classifies one line: a message, or empty for a data line. */
    public static Optional<Message> classify(String line) {
        Matcher m = MESSAGE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        Message.Level level = switch (m.group(1)) {
            case "###" -> Message.Level.ERROR;
            case "===" -> Message.Level.INFO;
            default -> Message.Level.DEBUG;
        };
        String text = m.group(2) == null ? "" : m.group(2).strip();
        return Optional.of(new Message(level, text));
    }

    public static PotOutput of(List<String> stdout, List<String> stderr) {
        List<String> data = new ArrayList<>();
        List<Message> messages = new ArrayList<>();
        for (String line : stdout) {
            classify(line).ifPresentOrElse(messages::add, () -> data.add(line));
        }
        return new PotOutput(data, messages, stderr);
    }

    /** Splits a text (as recorded) into lines; a final newline does not make an extra empty line. */
    public static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(body.split("\n", -1));
    }

    public static PotOutput of(String stdout, String stderr) {
        return of(lines(stdout), lines(stderr));
    }

    public List<String> errors() {
        return messages.stream()
                .filter(m -> m.level() == Message.Level.ERROR)
                .map(Message::text)
                .toList();
    }

    public List<String> infos() {
        return messages.stream()
                .filter(m -> m.level() == Message.Level.INFO)
                .map(Message::text)
                .toList();
    }

    /** Data lines without the blank ones. */
    public List<String> nonBlankData() {
        return data.stream().filter(l -> !l.isBlank()).toList();
    }
}
