package potconsole.engine.doctor;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import potconsole.engine.command.GetRssCommand;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.Privilege;
import potconsole.engine.exec.ShellQuote;
import potconsole.engine.service.PotService;

/**
 * One sample of every running pot of a host in one exec: a POSIX {@code sh} script that runs
 * {@code pot get-rss -J -p NAME} for each pot in turn, each framed by {@code MARKER POT name} … {@code MARKER EXIT n}.
 * Each line is a {@link GetRssCommand} rendered by {@link PotService#request} and quoted by {@link ShellQuote} with the
 * host's privilege prefix, as if it were sent alone; only the round trip is shared.
 */
public final class UsageScript {
    public static final String HEADER = "# pot-console usage v1";

    private static final Pattern MARKER = Pattern.compile("(?m)^M='(@@POTUSE-[0-9a-f]+)'$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String marker;
    private final String text;

    private UsageScript(String marker, String text) {
        this.marker = marker;
        this.text = text;
    }

    /** The script for these pots (the host's running pots), their get-rss run with the host's privilege. */
    public static UsageScript of(List<String> pots, Privilege privilege) {
        byte[] nonce = new byte[8];
        RANDOM.nextBytes(nonce);
        String marker = "@@POTUSE-" + HexFormat.of().formatHex(nonce);
        StringBuilder text = new StringBuilder(HEADER + "\n")
                .append("M='")
                .append(marker)
                .append("'\n")
                .append("LC_ALL=C\nexport LC_ALL\n")
                .append("PATH=\"$PATH:/usr/local/bin:/usr/local/sbin:/sbin:/usr/sbin\"\n")
                .append(
                        "s() { printf '%s POT %s\\n' \"$M\" \"$1\"; shift; \"$@\" 2>&1; printf '\\n%s EXIT %s\\n' \"$M\" \"$?\"; }\n");
        for (String pot : pots) {
            ExecRequest one = PotService.request(new GetRssCommand(pot, true)).withPrivilege(privilege);
            text.append("s ")
                    .append(ShellQuote.quote(pot))
                    .append(' ')
                    .append(ShellQuote.join(one.effectiveArgv()))
                    .append('\n');
        }
        text.append("printf '%s DONE\\n' \"$M\"\n");
        return new UsageScript(marker, text.toString());
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

    /** The marker of a script text, if it is this script (the sandbox answers it by the marker). */
    public static Optional<String> markerOf(String script) {
        if (!script.startsWith(HEADER)) {
            return Optional.empty();
        }
        Matcher m = MARKER.matcher(script);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The {@code s NAME argv…} lines of a script, each without its leading {@code s } (the sandbox runs them). */
    public static List<String> callsOf(String script) {
        List<String> calls = new ArrayList<>();
        for (String line : script.split("\n")) {
            if (line.startsWith("s ")) {
                calls.add(line.substring(2));
            }
        }
        return calls;
    }
}
