package potconsole.engine.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import potconsole.engine.model.Bridge;
import potconsole.engine.model.FscompEntry;
import potconsole.engine.model.StatusFileState;

/** Parsers for pot's small state files: fscomp.conf, the status file, private bridge files. */
public final class ConfFiles {
    private ConfFiles() {}

    /** {@code fscomp.conf}: {@code SOURCE MOUNTPOINT [OPTION]} per line, single spaces; blank lines skipped. */
    public static List<FscompEntry> fscomp(String text) {
        List<FscompEntry> entries = new ArrayList<>();
        for (String line : PotOutput.lines(text)) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(" ", -1);
            if (f.length < 2) {
                throw new ParseException("fscomp.conf line has no mount point: " + line);
            }
            String option = f.length > 2 ? f[2].strip() : "";
            entries.add(new FscompEntry(f[0], f[1], FscompEntry.Option.parse(option)));
        }
        return entries;
    }

    /** The status file as read: state and the saved epair list of the last line. */
    public record Status(StatusFileState state, String interfaces) {}

    /** {@code pot.status=<state>,<ifaces>}; the last line wins. */
    public static Optional<Status> status(String text) {
        List<String> lines = PotOutput.lines(text).stream()
                .filter(l -> l.startsWith("pot.status="))
                .toList();
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        String value = lines.get(lines.size() - 1).substring("pot.status=".length());
        int comma = value.indexOf(',');
        String state = comma < 0 ? value : value.substring(0, comma);
        String ifaces = comma < 0 ? "" : value.substring(comma + 1);
        return StatusFileState.parse(state).map(s -> new Status(s, ifaces));
    }

    /** {@code ${POT_FS_ROOT}/bridges/<name>}: {@code net=}, {@code gateway=}, {@code name=}. */
    public static Bridge bridge(String fileName, String text) {
        String net = null;
        String gateway = null;
        String name = fileName;
        for (String line : PotOutput.lines(text)) {
            if (line.startsWith("net=")) {
                net = line.substring(4);
            } else if (line.startsWith("gateway=")) {
                gateway = line.substring(8);
            } else if (line.startsWith("name=")) {
                name = line.substring(5);
            }
        }
        return new Bridge(name, Optional.ofNullable(net), Optional.ofNullable(gateway));
    }
}
