package potconsole.engine.doctor;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ShellQuote;
import potconsole.engine.model.HostInventory;

/**
 * The doctor's one read of a host besides the inventory: a POSIX {@code sh} script sent on stdin, framed like the
 * inventory's ({@code MARKER BEGIN section} … {@code MARKER END}). It needs no root: what an account in group pot
 * cannot read (pf's rules need {@code /dev/pf}) comes back as the program's own refusal, kept as evidence. Every
 * value from the inventory reaches the script through {@link ShellQuote}.
 */
public final class HostFactsScript {
    public static final String HEADER = "# pot-console host facts v1";

    private static final Pattern MARKER = Pattern.compile("(?m)^M='(@@POTFACT-[0-9a-f]+)'$");
    private static final Pattern ANCHORS = Pattern.compile("(?m)^A=(.*)$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String marker;
    private final String text;

    private HostFactsScript(String marker, String text) {
        this.marker = marker;
        this.text = text;
    }

    /** The script for a host as its inventory describes it (settings, and the pots whose rdr anchors to read). */
    public static HostFactsScript of(HostInventory inventory) {
        byte[] nonce = new byte[8];
        RANDOM.nextBytes(nonce);
        String marker = "@@POTFACT-" + HexFormat.of().formatHex(nonce);
        List<String> anchors = inventory.pots().stream()
                .filter(p -> p.network().type().isBridge() && !p.exportedPorts().isEmpty())
                .filter(p -> p.state().isRunning()) // pot loads a pot's anchor at start: a stopped pot has none
                .map(p -> anchorName(p.name()))
                .toList();
        String text = HEADER + "\n"
                + "M='" + marker + "'\n"
                + "T=" + ShellQuote.quote(inventory.settings().get("POT_TMP")) + "\n"
                + "C=" + ShellQuote.quote(inventory.settings().get("POT_CACHE")) + "\n"
                + "Z=" + ShellQuote.quote(inventory.settings().zfsRoot()) + "\n"
                + "A=" + ShellQuote.quote(String.join(" ", anchors)) + "\n"
                + BODY;
        return new HostFactsScript(marker, text);
    }

    public String marker() {
        return marker;
    }

    public String text() {
        return text;
    }

    public ExecRequest request() {
        return ExecRequest.script(text);
    }

    /** pot's {@code _get_pot_rdr_anchor_name}: the name, or its last 55 characters without leading underscores. */
    public static String anchorName(String pot) {
        if (pot.length() <= 55) {
            return pot;
        }
        return pot.substring(pot.length() - 55).replaceFirst("^_+", "");
    }

    /** The marker of a script text, if it is this script (the sandbox answers it by the marker). */
    public static Optional<String> markerOf(String script) {
        if (!script.startsWith(HEADER)) {
            return Optional.empty();
        }
        Matcher m = MARKER.matcher(script);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The anchors a script asks for (the sandbox reads them back as the shell would). */
    public static List<String> anchorsOf(String script) {
        Matcher m = ANCHORS.matcher(script);
        if (!m.find()) {
            return List.of();
        }
        return Arrays.stream(m.group(1).replace("'", "").split(" "))
                .filter(a -> !a.isEmpty())
                .toList();
    }

    // One section per fact; 2>&1 keeps a refusal ("Permission denied", "unknown oid") as the section's evidence.
    private static final String BODY = String.join(
            "\n",
            "LC_ALL=C",
            "export LC_ALL",
            "PATH=\"$PATH:/usr/local/bin:/usr/local/sbin:/sbin:/usr/sbin\"",
            "b() { echo \"$M BEGIN $1\"; }",
            "e() { echo \"$M END\"; }",
            "echo \"$M START\"",
            "b boottime; sysctl -n kern.boottime 2>&1; e",
            "b racct; sysctl -n kern.racct.enable 2>&1; e",
            "b os; freebsd-version 2>&1; e",
            "b loadavg; sysctl -n vm.loadavg 2>&1; e",
            // One stat for all files, not one per pot: a fork per file made the read of 500 pots 87 % slower.
            "b status; stat -f '%m %N' \"$T\"/pot_status_* 2>/dev/null; e",
            "b mainpid; for f in \"$T\"/pot_main_pid_*; do [ -f \"$f\" ] && echo \"${f##*/pot_main_pid_}"
                    + " $(cat \"$f\" 2>/dev/null)\"; done; e",
            "b cache; stat -f '%z %N' \"$C\"/* 2>/dev/null; e",
            "b zfs; zfs list -Hp -o name,used,avail,mountpoint -d 1 \"$Z\" \"$Z/jails\" 2>&1;"
                    + " zfs list -Hp -o name,used,avail,mountpoint -d 0 \"${Z%%/*}\" 2>&1; e",
            "P=$(pfctl -s info 2>&1 | head -n 1)",
            "b pf; echo \"$P\"; e",
            "b nat; pfctl -a pot-nat -s nat 2>&1; e",
            // An account that cannot read pf's status cannot read an anchor either: no pfctl per pot then.
            "case $P in Status:*) for a in $A; do b \"rdr $a\"; pfctl -a \"pot-rdr/$a\" -s nat 2>&1; e; done;; esac",
            "for i in $(ifconfig -g pot 2>/dev/null); do b \"iface $i\"; ifconfig \"$i\" 2>&1; e; done",
            "echo \"$M DONE\"",
            "");
}
