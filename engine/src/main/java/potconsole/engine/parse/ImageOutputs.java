package potconsole.engine.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the messages of export and import (pot-spec §5): what was exported where, what was imported as what. */
public final class ImageOutputs {
    private static final Pattern EXPORTING = Pattern.compile("exporting (\\S+) @ (\\S+) to (.+)");
    private static final Pattern IMPORTING = Pattern.compile("importing (\\S+) @ (\\S+) as (\\S+)");
    private static final Pattern NEW_IP = Pattern.compile("Assigning new IP: (\\S+)");

    private ImageOutputs() {}

    public record Exported(String pot, String snapshot, String file) {}

    public record Imported(String remotePot, String tag, String localName, Optional<String> newIp) {}

    public static Optional<Exported> exported(PotOutput output) {
        for (String m : output.infos()) {
            Matcher x = EXPORTING.matcher(m);
            if (x.matches()) {
                return Optional.of(new Exported(x.group(1), x.group(2), x.group(3)));
            }
        }
        return Optional.empty();
    }

    /** pot's late-failure quirk (§5.1, §10.6): "Export failed" is printed but the exit code stays 0. */
    public static boolean exportFailedDespiteExitZero(PotOutput output) {
        return output.messages().stream().anyMatch(m -> m.text().contains("Export failed"));
    }

    public static Optional<Imported> imported(PotOutput output) {
        Optional<String> ip = output.infos().stream()
                .map(NEW_IP::matcher)
                .filter(Matcher::matches)
                .map(x -> x.group(1))
                .findFirst();
        for (String m : output.infos()) {
            Matcher x = IMPORTING.matcher(m);
            if (x.matches()) {
                return Optional.of(new Imported(x.group(1), x.group(2), x.group(3), ip));
            }
        }
        return Optional.empty();
    }
}
