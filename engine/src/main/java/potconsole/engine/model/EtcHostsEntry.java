package potconsole.engine.model;

/** One {@code pot.hosts} line: {@code <IP> <hostname>}, appended to the pot's /etc/hosts at start. */
public record EtcHostsEntry(String ip, String hostname) {
    /** Parses the pot.conf form {@code IP hostname}. */
    public static EtcHostsEntry parseConf(String value) {
        int sp = value.indexOf(' ');
        if (sp < 0) {
            return new EtcHostsEntry(value, "");
        }
        return new EtcHostsEntry(value.substring(0, sp), value.substring(sp + 1).trim());
    }

    /** The form {@code pot set-hosts -H} takes. */
    public String setHostsArg() {
        return hostname + ":" + ip;
    }
}
