package potconsole.engine.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import potconsole.engine.exec.ExecFailedException;
import potconsole.engine.model.PotSettings;
import potconsole.engine.setup.PotConf;
import potconsole.engine.setup.PotConfWriter;

/**
 * The sandbox's answers for setting a host up: pot missing or not initialised, {@code init}, {@code de-init},
 * {@code vnet-start}, {@code clone-fscomp}, {@code top}, a paced {@code create-base} on a bare host, and the host
 * programs the setup steps run ({@code pkg install pot}, {@code pw}, {@code sysrc}). Recorded outputs where there are
 * recordings (transcripts 122–127, 133); the rest follows pot-spec (see PotHelpTexts).
 */
final class SetupCommands {
    private SetupCommands() {}

    /** A pot subcommand this class answers, or empty to let the other command classes answer it. */
    static OptionalInt dispatch(String sub, List<String> args, Ctx c) {
        SandboxSetup s = c.state().setup;
        if (!s.potInstalled) {
            c.out().err("sh: pot: not found");
            return OptionalInt.of(127);
        }
        if (args.contains("-h") && SetupHelp.has(sub)) {
            c.out().help(SetupHelp.of(sub));
            return OptionalInt.of(0);
        }
        if (sub.equals("init") || sub.equals("de-init") || sub.equals("version")) {
            return sub.equals("version") ? OptionalInt.empty() : OptionalInt.of(initOrDeInit(sub, args, c));
        }
        if (!s.initialised) {
            // pot-cmd's pre-check, on stderr (pot-spec §3.0).
            c.out().err("###>  " + c.state().fsRoot() + " does not exist, please run 'pot init'");
            return OptionalInt.of(1);
        }
        return switch (sub) {
            case "vnet-start" -> OptionalInt.of(vnetStart(args, c));
            case "clone-fscomp" -> OptionalInt.of(cloneFscomp(args, c));
            case "top" -> OptionalInt.of(top(args, c));
            case "prepare" -> OptionalInt.of(PrepareCommands.prepare(args, c));
            case "create-base" -> s.paced ? OptionalInt.of(createBase(args, c)) : OptionalInt.empty();
            default -> OptionalInt.empty();
        };
    }

    private static int initOrDeInit(String sub, List<String> args, Ctx c) {
        if (!c.requireRoot()) {
            return 1;
        }
        return sub.equals("init") ? init(args, c) : deInit(args, c);
    }

    /** pot init (pot-spec §1.3). pot prints nothing when it succeeds (no recording: invented from init.sh). */
    private static int init(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hmsvp:f:", args);
        SandboxState st = c.state();
        if (!st.setup.groupExists) {
            c.out().error("group " + st.settings.get("POT_GROUP") + " not found");
            return 1;
        }
        if (!st.setup.interfaces.contains(st.settings.get("POT_EXTIF"))) {
            c.out().error(st.settings.get("POT_EXTIF") + " is not a valid network interface (POT_EXTIF)");
            return 1;
        }
        for (String d : List.of("", "/bases", "/jails", "/fscomp", "/bridges")) {
            st.mkdir(st.fsRoot() + d);
        }
        st.mkdir(st.settings.get("POT_CACHE"));
        if (!g.has('m') && !g.value('p').orElse("x").isEmpty()) {
            String pf = g.value('p').orElse("/etc/pf.conf");
            String old = st.isFile(pf) ? new String(st.hostFiles.get(pf), StandardCharsets.UTF_8) : "";
            if (!old.contains("nat-anchor pot-nat")) {
                st.hostFile(pf + ".bkp-pot", old);
                st.hostFile(pf, "nat-anchor pot-nat\nrdr-anchor \"pot-rdr/*\"\n" + old);
            }
        }
        st.setup.initialised = true;
        return 0;
    }

    /** pot de-init: zfs destroy -r of the root, pf anchors removed, reminders (no recording: pot-spec §3.2). */
    private static int deInit(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hmvfp:", args);
        SandboxState st = c.state();
        if (!st.setup.initialised) {
            c.out().error(st.zroot() + " not found: pot is not initialised");
            return 1;
        }
        st.pots.clear();
        st.bases.clear();
        st.fscomps.clear();
        st.bridges.clear();
        st.hostFiles.keySet().removeIf(f -> f.startsWith(st.fsRoot() + "/"));
        if (!g.has('m')) {
            String pf = g.value('p').orElse("/etc/pf.conf");
            if (st.isFile(pf)) {
                String text = new String(st.hostFiles.get(pf), StandardCharsets.UTF_8);
                st.hostFile(pf, text.replace("nat-anchor pot-nat\n", "").replace("rdr-anchor \"pot-rdr/*\"\n", ""));
            }
        }
        st.setup.initialised = false;
        st.setup.bridge = null;
        c.out().info("pot de-init completed");
        c.out().info("You may want to remove syslogd_flags from /etc/rc.conf and pot_enable from rc.conf");
        return 0;
    }

    /**
     * vnet-start: forwarding, public bridge, pf, NAT. Without a pf rules file pfctl fails as recorded in transcript
     * 127 (exit 1); after pot init wrote the anchors it succeeds silently.
     */
    private static int vnetStart(List<String> args, Ctx c) {
        if (!c.requireRoot()) {
            return 1;
        }
        SandboxState st = c.state();
        st.setup.pfLoaded = true;
        st.setup.bridge = "bridge0";
        if (!st.isFile("/etc/pf.conf")) {
            c.out().err("pfctl: cannot open the main config file!: No such file or directory");
            c.out().err("pfctl: pf already enabled");
            st.pfEnabled = true;
            return 1;
        }
        st.pfEnabled = true;
        return 0;
    }

    /** clone-fscomp -F source -f new: needs a snapshot of the source (transcripts 123, 125). */
    private static int cloneFscomp(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvf:F:", args);
        String name = g.value('f').orElse("");
        String source = g.value('F').orElse("");
        if (name.isEmpty() || source.isEmpty()) {
            c.out().help(SetupHelp.of("clone-fscomp"));
            return 1;
        }
        var snaps = c.state().fscomps.get(source);
        if (snaps == null) {
            c.out().error("fscomp " + source + " not found");
            return 1;
        }
        if (c.state().fscomps.containsKey(name)) {
            c.out().error("fscomp " + name + " already exists");
            return 1;
        }
        if (!c.requireRoot()) {
            return 1;
        }
        if (snaps.isEmpty()) {
            c.out().error(c.state().zroot() + "/fscomp/" + source + " has no snapshots - please take one");
            return 1;
        }
        c.state().fscomps.put(name, new TreeSet<>());
        return 0;
    }

    /** top -J: without a terminal the sandbox prints one frame (no recording of top's screen). */
    private static int top(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hp:", args);
        String pot = g.value('p').orElse("");
        Optional<SandboxPot> p = c.state().pot(pot);
        if (p.isEmpty()) {
            c.out().error("pot " + pot + " is not valid");
            c.out().help(SetupHelp.of("top"));
            return 1;
        }
        if (!p.get().running) {
            c.out().error("pot " + pot + " is not in execution");
            return 1;
        }
        for (String line : SetupHelp.topFrame(c.state(), p.get())) {
            c.out().line(line);
        }
        return 0;
    }

    /** create-base on a bare host: the download with fetch's progress, then pot's own create-base. */
    private static int createBase(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvr:b:", args);
        String release = g.value('r').orElse("");
        String cached = c.state().settings.get("POT_CACHE") + "/" + release + "-RELEASE_base.txz";
        if (c.requireRoot()
                && !c.state().isFile(cached)
                && Set.of(SandboxState.RELEASE_LIST.split(" ")).contains(release)) {
            for (int pct = 0; pct <= 100; pct += 10) {
                c.out().err(cached + "                  " + pct + "% of  181 MB " + (pct * 4) + " kBps");
                if (pct == 50 && c.state().setup.dropNextCreateBase) {
                    c.state().setup.dropNextCreateBase = false;
                    throw new ExecFailedException("Connection lost (sandbox: simulated drop during the download)");
                }
                c.host().pauseUnlocked(c, Duration.ofMillis(300));
            }
            c.state().hostFile(cached, "base.txz");
        }
        return CreateCommands.createBase(args, c);
    }

    /** Host programs of the setup steps; empty for the others. */
    static OptionalInt host(Ctx c, List<String> argv) {
        SandboxSetup s = c.state().setup;
        String line = String.join(" ", argv);
        if (line.equals("pkg install -y pot")) {
            if (!c.root()) {
                c.out().err("pkg: Insufficient privileges to install packages");
                return OptionalInt.of(77);
            }
            c.out().line("Updating FreeBSD repository catalogue...");
            c.out().line("[1/1] Installing pot-0.16.0...");
            c.out().line("[1/1] Extracting pot-0.16.0: 100%");
            s.potInstalled = true;
            return OptionalInt.of(0);
        }
        if (argv.size() >= 3 && argv.get(0).equals("pw") && argv.get(1).startsWith("group")) {
            return OptionalInt.of(pw(c, argv));
        }
        if (line.equals("sysrc -f /boot/loader.conf kern.racct.enable=1")) {
            c.state().hostFile("/boot/loader.conf", "kern.racct.enable=\"1\"\n");
            c.out().line("kern.racct.enable:  -> 1");
            return OptionalInt.of(0);
        }
        return OptionalInt.empty();
    }

    private static int pw(Ctx c, List<String> argv) {
        if (!c.root()) {
            c.out().err("pw: you must be root to run this program");
            return 1;
        }
        SandboxSetup s = c.state().setup;
        if (argv.get(1).equals("groupadd")) {
            s.groupExists = true;
        } else if (argv.size() == 5 && argv.get(3).equals("-m")) {
            s.potGroupMembers.add(argv.get(4));
        }
        return 0;
    }

    /** The setup probe and the pot.conf write/restore scripts; empty for other scripts. */
    static OptionalInt script(Ctx c, String script) {
        Optional<PotConfWriter.Parsed> conf = PotConfWriter.parse(script);
        if (conf.isPresent()) {
            return OptionalInt.of(writeConf(c, conf.get()));
        }
        return SetupProbeAnswer.answer(c, script);
    }

    private static int writeConf(Ctx c, PotConfWriter.Parsed p) {
        if (!c.root()) {
            c.out().err("mktemp: mkstemp failed on " + p.conf() + ": Permission denied");
            return 1;
        }
        SandboxState st = c.state();
        if (p.restore()) {
            p.backup()
                    .ifPresentOrElse(
                            b -> st.hostFiles.put(p.conf(), st.hostFiles.get(b)), () -> st.hostFiles.remove(p.conf()));
            c.out().line("restored " + p.conf());
        } else {
            if (st.isFile(p.conf())) {
                st.hostFiles.put(p.backup().orElseThrow(), st.hostFiles.get(p.conf()));
                c.out().line("kept " + p.backup().get());
            }
            st.hostFile(p.conf(), p.text().orElseThrow());
            c.out().line("wrote " + p.conf());
        }
        applySettings(st);
        return 0;
    }

    /** pot.default.conf overridden by pot.conf, as pot sources them. */
    static void applySettings(SandboxState st) {
        Map<String, String> values = new TreeMap<>(PotSettings.defaults().values());
        if (st.isFile(SandboxSetup.CONF)) {
            values.putAll(PotConf.parse(new String(st.hostFiles.get(SandboxSetup.CONF), StandardCharsets.UTF_8)));
        }
        st.settings = new PotSettings(values, PotSettings.defaults().version());
    }
}
