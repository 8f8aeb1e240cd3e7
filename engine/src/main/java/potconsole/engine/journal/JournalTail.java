package potconsole.engine.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole lines a file holds past an offset. A line is taken only once its newline is there: a writer's line still
 * being written is left for the next read. Appends are written whole under a lock, so a line is never seen half.
 */
record JournalTail(List<String> lines, long end) {
    /** Nothing new; also what a file that shrank (rewritten by another writer) gives: its lines were all seen. */
    static JournalTail none(long end) {
        return new JournalTail(List.of(), end);
    }

    static JournalTail read(Path file, long from) throws IOException {
        if (!Files.exists(file)) {
            return none(from);
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size <= from) {
                return none(Math.min(from, size));
            }
            ByteBuffer buf = ByteBuffer.allocate(Math.toIntExact(size - from));
            while (buf.hasRemaining() && ch.read(buf, from + buf.position()) > 0) {
                // read until the size seen
            }
            return split(buf.array(), buf.position(), from);
        }
    }

    private static JournalTail split(byte[] bytes, int length, long from) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\n') {
                lines.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return new JournalTail(lines, from + start);
    }
}
