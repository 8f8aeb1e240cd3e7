package potconsole.engine.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;
import potconsole.engine.service.PotService;

/**
 * Whether the target has room for the copy before anything is sent: the image goes into {@code POT_CACHE} (at most
 * the stream's size, the {@code zfs send -nP} estimate, as xz never grows it by much), and {@code pot import}
 * receives the stream into {@code POT_FS_ROOT}. Both read with {@code df -Pk}; two directories on one ZFS pool (or
 * one device) share its free space, so their needs add up.
 */
final class TargetRoom {
    private static final Pattern SEND_SIZE = Pattern.compile("size\\s+(\\d+)");

    /** One {@code df -Pk} line: the file system (a dataset or a device) and its free bytes. */
    record Space(String dir, String filesystem, long available) {
        /** The pool of a dataset ({@code zroot/pot/cache} → {@code zroot}), a device as itself. */
        String store() {
            return filesystem.startsWith("/") || filesystem.indexOf('/') < 0
                    ? filesystem
                    : filesystem.substring(0, filesystem.indexOf('/'));
        }
    }

    private TargetRoom() {}

    /** The stream size {@code zfs send -nP -R SNAPSHOT} reports on the source (its last {@code size} line). */
    static OptionalLong estimate(PotService source, String snapshot, Cancellation cancellation) {
        CapturingListener out = new CapturingListener(ExecListener.NONE, 10_000);
        ExecResult result = source.runner()
                .run(
                        ExecRequest.of(List.of("zfs", "send", "-nP", "-R", snapshot), true, false)
                                .withPrivilege(source.privilege())
                                .withCancellation(cancellation),
                        out);
        if (result.exitCode() != 0) {
            return OptionalLong.empty();
        }
        List<String> lines = new ArrayList<>(out.stdout());
        lines.addAll(out.stderr());
        return lines.stream()
                .map(SEND_SIZE::matcher)
                .filter(Matcher::matches)
                .mapToLong(m -> Long.parseLong(m.group(1)))
                .reduce((first, last) -> last);
    }

    /** {@code df -Pk} of the target's cache and pot root, in that order; empty when df's answer cannot be read. */
    static List<Space> read(PotService target, String cache, String fsRoot, Cancellation cancellation) {
        CapturingListener out = new CapturingListener(ExecListener.NONE, 100);
        ExecResult result =
                target.runner().run(ExecRequest.of("df", "-Pk", cache, fsRoot).withCancellation(cancellation), out);
        List<Space> spaces = new ArrayList<>();
        List<String> dirs = List.of(cache, fsRoot);
        for (String line : out.stdout()) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 6 && f[3].matches("\\d+") && spaces.size() < dirs.size()) {
                spaces.add(new Space(dirs.get(spaces.size()), f[0], Long.parseLong(f[3]) * 1024));
            }
        }
        return result.exitCode() == 0 && spaces.size() == 2 ? spaces : List.of();
    }

    /** The refusal naming what the copy needs and what the target has free, or empty when it fits. */
    static Optional<String> refusal(long estimate, Space cache, Space root, String targetLabel) {
        String needs = "the image needs up to " + human(estimate) + " in " + cache.dir() + " and pot import about "
                + human(estimate) + " in " + root.dir();
        if (cache.store().equals(root.store())) {
            long free = Math.min(cache.available(), root.available());
            return 2 * estimate <= free
                    ? Optional.empty()
                    : Optional.of("not enough room on " + targetLabel + ": " + needs + ", " + human(2 * estimate)
                            + " together on " + cache.store() + ", which has " + human(free) + " free");
        }
        List<String> tight = new ArrayList<>();
        if (cache.available() < estimate) {
            tight.add(cache.dir() + " has " + human(cache.available()) + " free");
        }
        if (root.available() < estimate) {
            tight.add(root.dir() + " has " + human(root.available()) + " free");
        }
        return tight.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        "not enough room on " + targetLabel + ": " + needs + ", but " + String.join(" and ", tight));
    }

    /** 1024-based with one decimal, like {@code ls -lh}. */
    static String human(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
