package potconsole.engine.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import potconsole.engine.model.PotConfig;

/**
 * The rest of a pot's datasets in a simulated {@code zfs send -R} stream, beside its pot.conf: {@code fscomp.conf}
 * and the hook scripts of {@code conf/}, and the files written into the pot's root, as a real replication stream
 * carries them (pot-spec §5.1). One base64 line, so a stream without it (an older sandbox's) still receives.
 */
final class SandboxDatasetLine {
    private static final Base64.Encoder ENCODER = Base64.getEncoder();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private SandboxDatasetLine() {}

    static String encode(SandboxPot.DatasetCopy content) {
        StringBuilder text = new StringBuilder();
        content.fscomp().forEach(line -> text.append("F ").append(b64(line)).append('\n'));
        content.hooks()
                .forEach((name, script) -> text.append("H ")
                        .append(b64(name))
                        .append(' ')
                        .append(b64(script))
                        .append('\n'));
        content.files()
                .forEach((path, data) -> text.append("P ")
                        .append(b64(path))
                        .append(' ')
                        .append(b64(data))
                        .append('\n'));
        return "DATASETS " + b64(text.toString());
    }

    /** The dataset copy a stream's fourth line describes, with {@code conf}; only pot.conf when the line is not one. */
    static SandboxPot.DatasetCopy decode(String rest, PotConfig conf) {
        int end = rest.indexOf('\n');
        String line = end < 0 ? rest : rest.substring(0, end);
        List<String> fscomp = new ArrayList<>();
        Map<String, String> hooks = new LinkedHashMap<>();
        Map<String, String> files = new TreeMap<>();
        if (line.startsWith("DATASETS ")) {
            try {
                for (String entry : text(line.substring("DATASETS ".length())).split("\n")) {
                    String[] f = entry.split(" ");
                    switch (f[0]) {
                        case "F" -> fscomp.add(text(f[1]));
                        case "H" -> hooks.put(text(f[1]), f.length > 2 ? text(f[2]) : "");
                        case "P" -> files.put(text(f[1]), f.length > 2 ? text(f[2]) : "");
                        default -> {}
                    }
                }
            } catch (IllegalArgumentException notBase64) {
                // A damaged line: the stream still carries pot.conf.
            }
        }
        return new SandboxPot.DatasetCopy(conf, fscomp, null, hooks, files);
    }

    private static String b64(String s) {
        return ENCODER.encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(String b64) {
        return new String(DECODER.decode(b64), StandardCharsets.UTF_8);
    }
}
