package potconsole.engine.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where syslogd keeps local2.info from program pot, read from configs written as FreeBSD hosts have them. */
class SyslogConfTest {
    private static final String STOCK = """
            #\tConsult the syslog.conf(5) manpage.
            *.err;kern.warning;auth.notice;mail.crit\t\t/dev/console
            *.notice;authpriv.none;kern.debug;lpr.info;mail.crit;news.err\t/var/log/messages
            security.*\t\t\t\t\t/var/log/security
            auth.info;authpriv.info\t\t\t\t/var/log/auth.log
            mail.info\t\t\t\t\t/var/log/maillog
            cron.*\t\t\t\t\t\t/var/log/cron
            !-devd
            *.=debug\t\t\t\t\t/var/log/debug.log
            *.emerg\t\t\t\t\t\t*
            daemon.info\t\t\t\t\t/var/log/daemon.log
            # uncomment this to enable logging of all log messages to /var/log/all.log
            #*.*\t\t\t\t\t\t/var/log/all.log
            #*.*\t\t\t\t\t\t@loghost
            !*
            include\t\t\t\t\t\t/etc/syslog.d
            include\t\t\t\t\t\t/usr/local/etc/syslog.d
            """;

    /** What pot's start writes for a pot's own syslog (messages from the jail's host name, not from pot). */
    private static final String POT_JAIL_CONF = "+web\n*.*\t\t/var/log/pot/web.log\n";

    private static SyslogConf.Where where(String... pathsAndTexts) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("/etc/syslog.conf", STOCK);
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return SyslogConf.potLines("/etc/syslog.conf", files, "vm.example.org");
    }

    @Test
    void freeBsdsStockConfigurationKeepsPotsLinesNowhere() {
        SyslogConf.Where w = where(
                "/etc/syslog.d/ppp.conf",
                "!ppp\n*.*\t/var/log/ppp.log\n",
                "/usr/local/etc/syslog.d/web.conf",
                POT_JAIL_CONF);

        assertThat(w.kept()).isFalse();
        assertThat(w.forwards()).isEmpty();
    }

    @Test
    void theAdvisedSnippetInSyslogDKeepsThem() {
        SyslogConf.Where w = where(
                "/usr/local/etc/syslog.d/web.conf", POT_JAIL_CONF, SyslogConf.SNIPPET_FILE, SyslogConf.SNIPPET + "\n");

        assertThat(w.file()).contains("/var/log/pot.log");
        assertThat(w.files().get(0).rule()).isEqualTo("/usr/local/etc/syslog.d/pot.conf:1");
    }

    @Test
    void selectorsApplyLeftToRightWithFlagsAndNone() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(
                "/etc/syslog.conf",
                String.join(
                        "\n",
                        "*.info;local2.none\t/var/log/not-pot.log",
                        "*.info;mail.none\t-/var/log/messages",
                        "local2.!=info\t/var/log/other-levels.log",
                        "local0,local2.=info\t/var/log/local.log",
                        "local2.<notice\t/var/log/below-notice.log",
                        "local2.warn\t/var/log/warnings.log",
                        "*.*\t@loghost.example.org",
                        "local2.*\t|exec /usr/local/bin/filter"));

        SyslogConf.Where w = SyslogConf.potLines("/etc/syslog.conf", files, "vm");

        assertThat(w.files())
                .extracting(SyslogConf.Destination::file)
                .containsExactly("/var/log/local.log", "/var/log/below-notice.log", "/var/log/messages");
        assertThat(w.forwards()).containsExactly("@loghost.example.org (/etc/syslog.conf:7)");
    }

    @Test
    void programAndHostBlocksDecideAndStartAfreshInEachIncludedFile() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(
                "/etc/syslog.conf",
                String.join(
                        "\n",
                        "!sshd",
                        "*.*\t/var/log/sshd.log",
                        "!-sshd,cron",
                        "local2.info\t/var/log/not-sshd.log",
                        "+otherhost",
                        "*.*\t/var/log/otherhost.log",
                        "+@",
                        "#!pot",
                        "*.*\t/var/log/pot-by-program.log",
                        "include /usr/local/etc/syslog.d"));
        files.put("/usr/local/etc/syslog.d/a.conf", "*.info\t/var/log/fresh-block.log\n");
        files.put("/usr/local/etc/syslog.d/.hidden.conf", "*.*\t/var/log/hidden.log\n");
        files.put("/usr/local/etc/syslog.d/b.conf.sample", "*.*\t/var/log/sample.log\n");
        files.put(
                "/usr/local/etc/syslog.d/c.conf",
                ":programname, isequal, \"pot\"\n*.*\t/var/log/filtered.log\n"
                        + ":msg, contains, \"x\"\n*.*\t/var/log/by-message.log\n");

        SyslogConf.Where w = SyslogConf.potLines("/etc/syslog.conf", files, "vm");

        assertThat(w.files())
                .extracting(SyslogConf.Destination::file)
                .containsExactly(
                        "/var/log/not-sshd.log",
                        "/var/log/pot-by-program.log",
                        "/var/log/fresh-block.log",
                        "/var/log/filtered.log");
    }

    @Test
    void levelComparisons() {
        assertThat(SyslogConf.accepts("info")).isTrue();
        assertThat(SyslogConf.accepts("debug")).isTrue();
        assertThat(SyslogConf.accepts("notice")).isFalse();
        assertThat(SyslogConf.accepts("=debug")).isFalse();
        assertThat(SyslogConf.accepts("!notice")).isTrue();
        assertThat(SyslogConf.accepts("!=info")).isFalse();
        assertThat(SyslogConf.accepts(">=info")).isTrue();
        assertThat(SyslogConf.accepts("none")).isFalse();
        assertThat(SyslogConf.accepts("*")).isTrue();
    }
}
