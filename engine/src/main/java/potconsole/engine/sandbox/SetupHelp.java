package potconsole.engine.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Help texts of the setup commands: prepare, clone-fscomp and top verbatim from transcripts 114, 122 and 133; init,
 * de-init and vnet-start have no recording and follow the flags in pot-spec §3.2.
 */
final class SetupHelp {
    private static final Map<String, String> TEXTS =
            Map.of("prepare", """
pot prepare [-hvS] -p pot -U URL -t tag -a aID -n potname -c cmd
            [-e [proto:]port[:pot_port]] [-N network-type]
            [-i ipaddr] [-B bridge-name] [-C pubkey]
  -h print this help
  -h verbose
  -p pot : the pot image
  -U URL : the base URL where to find the image file
  -t tag : the tag of the pot
  -a aID : the allocation ID
  -n potname : the new potname (used instead of pot_tag)
  -c cmd : the command line to start the container
  -N network-type : new network type of the imported pot
  -i ipaddr : an ip address or the keyword auto (if applicable)
  -e [proto:]port[:pot_port] : port(s) to export
         This option can be repeated to export multiple ports.
         See `pot help export-ports` for details.
  -B bridge-name : the name of the private bridge to be used
  -S network-stack : the network stack (ipv4, ipv6 or dual)
  -d dns : change pot dns resolver configuration, one of
           inherit       - inherit from jailhost
           pot           - the pot configured in POT_DNS_NAME
           custom:<file> - copy <file> into pot configuration
           off           - leave resolver config unaltered
  -s : start the newly generated pot immediately
  -C pubkey : verify with public key 'pubkey' using signify(1)
              on pot import
""", "clone-fscomp", """
pot clone-fscomp [-hv] -f fscomp -F fscomp
  -h print this help
  -v verbose
  -F fscomp : the fscomp to be cloned (mandatory)
  -f fscomp : the fscomp name (mandatory)
""", "top", """
pot top [-h] -p pot
  -h print this help
  -p pot : the working pot
""", "init", """
pot init [-hmsv] [-p pf_file]
  -h print this help
  -v verbose
  -m minimal modifications (alias for -s -p '')
  -s do not alter syslogd settings
  -p pf_file : write pot anchors to this file (empty to skip pf)
""", "de-init", """
pot de-init [-hmvf] [-p pf_file]
  -h print this help
  -v verbose
  -f force - stop all running pots
  -m minimal modifications (do not alter pf)
  -p pf_file : remove pot anchors from this file
""", "vnet-start", """
pot vnet-start [-hv] [-B bridge]
  -h print this help
  -v verbose
  -B bridge : the private bridge to start
""");

    private SetupHelp() {}

    static boolean has(String command) {
        return TEXTS.containsKey(command);
    }

    static String of(String command) {
        String text = TEXTS.get(command);
        return text.substring(0, text.length() - 1);
    }

    /** One frame of {@code top -J pot} as top prints it in batch mode (no recording: invented from top(1)). */
    static List<String> topFrame(SandboxState s, SandboxPot p) {
        List<String> lines = new ArrayList<>();
        lines.add("last pid: 4242;  load averages:  0.08,  0.05,  0.01  up 0+01:23:45    "
                + s.date().substring(11, 19));
        lines.add("2 processes:  1 running, 1 sleeping");
        lines.add("CPU:  0.4% user,  0.0% nice,  0.3% system,  0.0% interrupt, 99.3% idle");
        lines.add("Mem: 18M Active, 412M Inact, 301M Wired, 1201M Free");
        lines.add("");
        lines.add("  PID USERNAME    THR PRI NICE   SIZE    RES STATE    C   TIME    WCPU COMMAND");
        String cmd = p.conf.raw("pot.cmd").orElse("sh /etc/rc");
        lines.add(" 4101 root          1  20    0    13M  2864K select   0   0:00   0.00% " + cmd);
        lines.add(" 4100 root          1  52    0    12M  2400K wait     1   0:00   0.00% tinirc");
        return lines;
    }
}
