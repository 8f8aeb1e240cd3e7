package potconsole.engine.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import potconsole.engine.audit.PotLogScript;

/** The sandbox's answer to the console's pot log script: what the script's shell prints, section by section. */
final class PotLogScriptAnswer {
    static final String MAIN = "/etc/syslog.conf";

    private PotLogScriptAnswer() {}

    static int write(SandboxState s, PotLogScript.Ask ask, Out out) {
        String m = ask.marker();
        SandboxSyslog.confs(s, ask.mainConf()).forEach((path, text) -> {
            out.line(m + " BEGIN conf " + path);
            out.bytesAndLines((text + "\n").getBytes(StandardCharsets.UTF_8));
        });
        out.line(m + " BEGIN host");
        out.line(s.hostname);
        out.line(m + " BEGIN zone");
        out.line("+0000");
        if (!ask.file().isEmpty()) {
            log(s, ask, out);
        }
        if (!ask.cronLog().isEmpty() && s.isFile(ask.cronLog())) {
            cron(s, ask, out);
        }
        out.line(m + " END");
        return 0;
    }

    /** {@code tail -c CRON_TAIL | grep ' CMD (.*pot'}. */
    private static void cron(SandboxState s, PotLogScript.Ask ask, Out out) {
        byte[] all = s.hostFiles.get(ask.cronLog());
        int from = (int) Math.max(0, all.length - PotLogScript.CRON_TAIL);
        out.line(ask.marker() + " BEGIN cron");
        new String(Arrays.copyOfRange(all, from, all.length), StandardCharsets.UTF_8)
                .lines()
                .filter(l -> l.matches(".* CMD \\(.*pot.*"))
                .forEach(out::line);
    }

    private static void log(SandboxState s, PotLogScript.Ask ask, Out out) {
        String m = ask.marker();
        if (!s.isFile(ask.file())) {
            out.line(m + " BEGIN nolog missing");
            return;
        }
        byte[] all = s.hostFiles.get(ask.file());
        String inode = String.valueOf(SandboxSyslog.inode(s, ask.file()));
        long from = ask.offset();
        if (!inode.equals(ask.inode()) || all.length < from) {
            from = 0;
        }
        boolean capped = all.length - from > ask.cap();
        if (capped) {
            from = all.length - ask.cap();
        }
        out.line(m + " BEGIN log " + inode + " " + all.length + " " + from + " " + (capped ? 1 : 0));
        out.bytesAndLines(Arrays.copyOfRange(all, (int) from, all.length));
        out.bytesAndLines("\n".getBytes(StandardCharsets.UTF_8));
    }
}
