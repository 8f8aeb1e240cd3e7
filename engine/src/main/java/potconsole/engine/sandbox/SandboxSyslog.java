package potconsole.engine.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import potconsole.engine.audit.PotLogScript;
import potconsole.engine.audit.SyslogConf;

/**
 * The sandbox's syslogd for pot's lines: every pot command is logged as pot logs it ({@code logger -p local2.info -t
 * pot "pot-<cmd> <args>"}, not the read-only commands pot logs at debug), into the files the host's syslog.conf sends
 * {@code local2.info} to; the console's pot log script is answered as the shell would. Hosts start with FreeBSD's
 * stock syslog.conf (pot's lines kept nowhere); the demo host also has {@link SyslogConf#SNIPPET}. Tests and the demo
 * add lines "from" cron or the Nomad driver, rotate the log, and keep it ({@link #keep}).
 */
public final class SandboxSyslog {
    /** FreeBSD's stock rules (comments left out): {@code *.notice} is above info, nothing else names local2. */
    static final String STOCK_CONF = String.join(
            "\n",
            "*.err;kern.warning;auth.notice;mail.crit\t\t/dev/console",
            "*.notice;authpriv.none;kern.debug;lpr.info;mail.crit;news.err\t/var/log/messages",
            "security.*\t\t\t\t\t/var/log/security",
            "auth.info;authpriv.info\t\t\t\t/var/log/auth.log",
            "mail.info\t\t\t\t\t/var/log/maillog",
            "cron.*\t\t\t\t\t\t/var/log/cron",
            "!-devd",
            "*.=debug\t\t\t\t\t/var/log/debug.log",
            "*.emerg\t\t\t\t\t\t*",
            "daemon.info\t\t\t\t\t/var/log/daemon.log",
            "!*",
            "include\t\t\t\t\t\t/etc/syslog.d",
            "include\t\t\t\t\t\t/usr/local/etc/syslog.d",
            "");

    /** pot-spec, Logging: these log at debug, only with -v. */
    private static final Set<String> DEBUG_ONLY =
            Set.of("config", "get-rss", "info", "last-run-stats", "list", "ps", "show", "top");

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final AtomicLong INODES = new AtomicLong(100_000);

    private final SandboxHost host;

    private SandboxSyslog(SandboxHost host) {
        this.host = host;
    }

    public static SandboxSyslog of(SandboxHost host) {
        return new SandboxSyslog(host);
    }

    /** Does what the console's advice says: the snippet in syslog.d, the file touched, syslogd reloaded. */
    public void keep() {
        host.locked(() -> keep(host.state()));
    }

    /** A line as syslogd writes it, from a program other than the console (cron, the Nomad driver, a shell). */
    public void append(Instant at, String potArguments) {
        host.locked(() -> write(host.state(), at, potArguments));
    }

    /** cron starting a job of {@code user}'s crontab, as FreeBSD's cron logs it (to /var/log/cron: {@code cron.*}). */
    public void cronJob(Instant at, String user, String command) {
        host.locked(() -> append(
                host.state(),
                PotLogScript.CRON_LOG,
                STAMP.format(at) + " " + host.state().hostname + " /usr/sbin/cron[" + (4000 + at.getEpochSecond() % 900)
                        + "]: (" + user + ") CMD (" + command + ")\n"));
    }

    /** newsyslog's rotation: the file moves to {@code .0} and a new, empty one (another inode) takes its name. */
    public void rotate(String file) {
        host.locked(() -> {
            SandboxState s = host.state();
            s.hostFiles.put(file + ".0", s.hostFiles.getOrDefault(file, new byte[0]));
            s.hostFiles.put(file, new byte[0]);
            s.inodes.put(file, INODES.incrementAndGet());
        });
    }

    /** The file cut to nothing in place (same inode), as {@code : > file} does. */
    public void truncate(String file) {
        host.locked(() -> host.state().hostFiles.put(file, new byte[0]));
    }

    /** Bytes appended as they are, e.g. half a line syslogd is still writing. */
    public void appendRaw(String file, String text) {
        host.locked(() -> append(host.state(), file, text));
    }

    static void keep(SandboxState s) {
        s.mkdir("/usr/local/etc/syslog.d");
        s.hostFile(SyslogConf.SNIPPET_FILE, SyslogConf.SNIPPET + "\n");
        s.hostFiles.putIfAbsent("/var/log/pot.log", new byte[0]);
    }

    static void stock(SandboxState s) {
        s.hostFile("/etc/syslog.conf", STOCK_CONF);
        s.mkdir("/etc/syslog.d");
        s.mkdir("/var/log");
    }

    /** bin/pot's logger call, before the command runs (so refused commands are logged too). */
    static void potRan(SandboxState s, String sub, List<String> args) {
        String cmd = switch (sub) {
            case "ls" -> "list";
            case "get-attr" -> "get-attribute";
            case "set-attr" -> "set-attribute";
            case "snap" -> "snapshot";
            case "rollback" -> "revert";
            default -> sub;
        };
        if (!DEBUG_ONLY.contains(cmd) && !args.contains("-h")) {
            write(s, now(s), (cmd + " " + String.join(" ", args)).strip());
        }
    }

    private static Instant now(SandboxState s) {
        return s.clock instanceof SandboxSeeds.TickingClock t ? t.peek() : s.clock.instant();
    }

    private static void write(SandboxState s, Instant at, String potArguments) {
        String line = STAMP.format(at) + " " + s.hostname + " pot: pot-" + potArguments + "\n";
        for (String file :
                where(s).files().stream().map(SyslogConf.Destination::file).toList()) {
            append(s, file, line);
        }
    }

    private static void append(SandboxState s, String file, String text) {
        byte[] old = s.hostFiles.getOrDefault(file, new byte[0]);
        byte[] add = text.getBytes(StandardCharsets.UTF_8);
        byte[] both = Arrays.copyOf(old, old.length + add.length);
        System.arraycopy(add, 0, both, old.length, add.length);
        s.hostFiles.put(file, both);
    }

    private static SyslogConf.Where where(SandboxState s) {
        return SyslogConf.potLines(PotLogScriptAnswer.MAIN, confs(s, PotLogScriptAnswer.MAIN), s.hostname);
    }

    /** The main file and every {@code .conf} file of the directories it includes, as the script prints them. */
    static Map<String, String> confs(SandboxState s, String main) {
        Map<String, String> files = new LinkedHashMap<>();
        if (!s.isFile(main)) {
            return files;
        }
        String text = new String(s.hostFiles.get(main), StandardCharsets.UTF_8);
        files.put(main, text);
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.matches("include\\s+\\S+")) {
                String dir = l.substring(7).strip() + "/";
                s.hostFiles.subMap(dir, dir + Character.MAX_VALUE).forEach((p, b) -> {
                    if (p.endsWith(".conf") && p.indexOf('/', dir.length()) < 0) {
                        files.put(p, new String(b, StandardCharsets.UTF_8));
                    }
                });
            }
        }
        return files;
    }

    static long inode(SandboxState s, String file) {
        return s.inodes.computeIfAbsent(file, f -> INODES.incrementAndGet());
    }

    /** Answers {@link PotLogScript} (the bytes and sections a real host's shell prints). */
    static int answer(SandboxState s, PotLogScript.Ask ask, Out out) {
        return PotLogScriptAnswer.write(s, ask, out);
    }
}
