package potconsole.engine.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import potconsole.engine.flavour.FlavourFile;
import potconsole.engine.flavour.FlavourLine;
import potconsole.engine.model.Attribute;
import potconsole.engine.model.Base;
import potconsole.engine.model.NetworkType;
import potconsole.engine.model.PotConfig;

/** create, create-base, create-fscomp, create-private-bridge, and the flavour runs of create (pot-spec §3.2, §6). */
final class CreateCommands {
    private CreateCommands() {}

    /** The network part of create/clone after validation, ready for pot.conf. */
    record Net(NetworkType type, String stack, String ip, String bridge) {}

    static int create(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvkp:t:l:b:P:N:i:B:S:d:f:", args);
        Out out = c.out();
        SandboxState s = c.state();
        String name = g.value('p').orElse("");
        if (g.unknown != null || name.isEmpty()) {
            out.help(PotHelp.of("create"));
            return 1;
        }
        if (name.contains(".")) {
            out.error(name + " is not a valid name for a pot ('.' is the only character not allowed)");
            return 1;
        }
        if (s.pot(name).isPresent()) {
            out.error("pot " + name + " already exists");
            return 1;
        }
        String type = g.value('t').orElse("multi");
        Optional<String> base = g.value('b');
        Optional<String> potBase = g.value('P');
        int level = type.equals("single") ? 0 : Integer.parseInt(g.value('l').orElse("1"));
        if (base.isEmpty() && potBase.isEmpty()) {
            out.error("at least one of -b and -P has to be used");
            return 1;
        }
        if (type.equals("single")
                && base.isPresent()
                && potBase.isEmpty()
                && !Set.of(SandboxState.RELEASE_LIST.split(" ")).contains(base.get())) {
            out.error(base.get() + " is not a valid release");
            return 1;
        }
        if (type.equals("multi") && base.isPresent() && !s.bases.containsKey(base.get())) {
            out.error(base.get() + " is not a valid base");
            return 1;
        }
        if (potBase.isPresent() && s.pot(potBase.get()).isEmpty()) {
            out.error(potBase.get() + " is not a valid pot");
            return 1;
        }
        if (level == 0 && type.equals("multi") && base.isEmpty()) {
            out.error("level 0 needs option -b");
            return 1;
        }
        for (String f : g.values('f')) {
            if (!s.flavours.containsKey(f)) {
                out.error("Flavour " + f + " not found");
                return 1;
            }
        }
        Optional<Net> net = network(g, c, Optional.empty());
        if (net.isEmpty()) {
            return 1;
        }
        if (!c.requireRoot()) {
            return 1;
        }
        String baseName = base.orElseGet(
                () -> s.pot(potBase.get()).flatMap(p -> p.conf.base()).orElse(""));
        String dns = g.value('d').orElse("inherit");
        out.info("Creating a new pot");
        out.info("pot name     : " + name);
        out.info("type         : " + type);
        out.info("base         : " + baseName);
        out.info("pot_base     : " + potBase.orElse(""));
        out.info("level        : " + level);
        out.info("network-type : " + net.get().type().potValue());
        out.info("network-stack: " + net.get().stack());
        out.info("ip           : " + net.get().ip());
        out.info("bridge       : " + net.get().bridge());
        out.info("dns          : " + dns);
        out.info("flavours     : " + String.join(" ", g.values('f')));
        SandboxPot pot = new SandboxPot(name, conf(s, name, type, level, baseName, potBase.orElse(""), dns, net.get()));
        pot.fscomp = fscomp(s, name, type, level, baseName, potBase.orElse(""));
        pot.diskUsageKb = type.equals("single") ? 2243 : 572;
        if (type.equals("single") && potBase.isEmpty()) {
            out.info("Fetching FreeBSD " + baseName);
            out.info("Extract the tarball");
        }
        s.pots.put(name, pot);
        for (String f : g.values('f')) {
            if (!applyFlavour(c, pot, s.flavours.get(f))) {
                out.error("create: flavour " + f + " failed");
                if (!g.has('k')) {
                    s.pots.remove(name);
                }
                return 1;
            }
        }
        return 0;
    }

    /** pot.conf as {@code _cj_conf} writes it (order from the recorded pot.conf files and sample A1). */
    static PotConfig conf(
            SandboxState s, String name, String type, int level, String base, String potBase, String dns, Net net) {
        PotConfig conf = PotConfig.empty()
                .append("pot.level", String.valueOf(level))
                .append("pot.type", type)
                .append("pot.base", base)
                .append("pot.potbase", potBase)
                .append("pot.dns", dns.startsWith("custom:") ? "custom" : dns)
                .append("pot.cmd", "sh /etc/rc")
                .append("host.hostname", "\"" + hostname(s, name) + "\"")
                .append(
                        "osrelease",
                        "\"" + (base.contains("RELEASE") || base.contains("RC") ? base : base + "-RELEASE") + "\"")
                .append("pot.attr.no-rc-script", "NO")
                .append("pot.attr.persistent", "YES")
                .append("pot.attr.start-at-boot", "NO")
                .append("pot.attr.prunable", "NO")
                .append("pot.attr.no-tmpfs", "NO");
        for (Attribute a : Attribute.values()) {
            if (a.scope() == Attribute.Scope.JAIL) {
                conf = conf.append(a.confKey(), a.valueAtCreate().orElse(""));
            }
        }
        conf = networkConf(conf, net);
        if (dns.equals("pot")) {
            conf = conf.append("pot.depend", s.settings.get("POT_DNS_NAME"));
        }
        return conf;
    }

    static PotConfig networkConf(PotConfig conf, Net net) {
        conf = conf.append("pot.stack", net.stack())
                .append("network_type", net.type().potValue())
                .append("vnet", String.valueOf(net.type().isBridge()));
        if (net.type() != NetworkType.INHERIT) {
            conf = conf.append("ip", net.ip());
        }
        if (net.type() == NetworkType.PRIVATE_BRIDGE) {
            conf = conf.append("bridge", net.bridge());
        }
        return conf;
    }

    static String hostname(SandboxState s, String pot) {
        String full = pot + "." + s.hostname;
        int max = Integer.parseInt(s.settings.values().getOrDefault("POT_HOSTNAME_MAX_LENGTH", "64"));
        if (full.length() <= max) {
            return full;
        }
        return pot.length() <= max ? pot : pot.substring(0, max);
    }

    private static List<String> fscomp(
            SandboxState s, String name, String type, int level, String base, String potBase) {
        List<String> lines = new ArrayList<>();
        if (type.equals("single")) {
            return lines;
        }
        String z = s.zroot();
        if (level == 0) {
            lines.add(z + "/bases/" + base + " /");
            lines.add(z + "/bases/" + base + "/usr.local /usr/local");
            lines.add(z + "/bases/" + base + "/custom /opt/custom");
        } else if (level == 1) {
            lines.add(z + "/bases/" + base + " / ro");
            lines.add(z + "/jails/" + name + "/usr.local /usr/local zfs-remount");
            lines.add(z + "/jails/" + name + "/custom /opt/custom zfs-remount");
        } else {
            lines.add(z + "/bases/" + base + " / ro");
            lines.add(z + "/jails/" + potBase + "/usr.local /usr/local ro");
            lines.add(z + "/jails/" + name + "/custom /opt/custom zfs-remount");
        }
        return lines;
    }

    /** {@code _validate_network_param}: type, stack, IP (auto → potnet next), bridge. */
    static Optional<Net> network(Getopt g, Ctx c, Optional<PotConfig> inheritFrom) {
        Out out = c.out();
        SandboxState s = c.state();
        NetworkType type = g.value('N')
                .map(v -> v.equals("host") ? "inherit" : v)
                .flatMap(NetworkType::parse)
                .or(() -> inheritFrom.map(x -> x.network().type()))
                .orElse(NetworkType.INHERIT);
        if (g.value('N').isPresent() && NetworkType.parse(g.value('N').get()).isEmpty()) {
            out.error(g.value('N').get() + " is not a valid network type");
            return Optional.empty();
        }
        String stack = g.value('S')
                .or(() -> inheritFrom.flatMap(x -> x.raw("pot.stack")))
                .orElse(s.settings.get("POT_NETWORK_STACK"));
        List<String> ips = g.values('i');
        String bridge = g.value('B').orElse("");
        String ip = "";
        switch (type) {
            case INHERIT -> {}
            case ALIAS -> {
                if (ips.isEmpty() || ips.contains("auto")) {
                    out.error("alias network type requires at least one IP address (-i) and auto is not allowed");
                    return Optional.empty();
                }
                ip = String.join(" ", ips);
            }
            case PUBLIC_BRIDGE -> {
                ip = ips.isEmpty() || ips.get(0).equals("auto") ? s.nextIp(Optional.empty()) : ips.get(0);
                // potnet validate -H (pot's network.sh): inside POT_NETWORK and not taken.
                if (!ips.isEmpty() && !ips.get(0).equals("auto") && !s.validIp(ip, Optional.empty())) {
                    out.error(
                            "The " + ip + " IP is not valid - run potnet validate -H " + ip + " for more information");
                    return Optional.empty();
                }
            }
            case PRIVATE_BRIDGE -> {
                if (!s.bridges.containsKey(bridge)) {
                    out.error("bridge " + bridge + " is not valid. Have you already created it?");
                    return Optional.empty();
                }
                ip = ips.isEmpty() || ips.get(0).equals("auto") ? s.nextIp(Optional.of(bridge)) : ips.get(0);
                if (!ips.isEmpty() && !ips.get(0).equals("auto") && !s.validIp(ip, Optional.of(bridge))) {
                    out.error("The " + ip + " IP is not valid for bridge " + bridge + " - run potnet validate -H " + ip
                            + " -b " + bridge + " for more information");
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new Net(type, stack, ip, bridge));
    }

    /** Applies one flavour: command-file lines first, then the bootstrap (pot-spec §6.2–6.4). */
    static boolean applyFlavour(Ctx c, SandboxPot pot, SandboxFlavour flavour) {
        if (flavour.commandFile() != null) {
            // pot's own reading of the file (pot-spec §6.2): whitespace words, set-cmd's line taken literally.
            for (FlavourLine line : FlavourFile.parse(flavour.commandFile()).lines()) {
                if (!line.valid()) {
                    c.out().error("Flavor " + flavour.name() + ": line " + line.raw() + " not valid - ignoring");
                    continue;
                }
                String word = line.command().orElseThrow().word();
                String sub = word.equals("copy-in-flv") ? "copy-in" : word;
                if (c.host().dispatch(sub, line.potArguments(pot.name), c, new byte[0]) != 0) {
                    return false;
                }
            }
        }
        if (flavour.bootstrap() != null) {
            boolean wasPersistent = pot.persistent();
            if (!wasPersistent) {
                ConfigCommands.set(pot, "pot.attr.persistent", "YES");
            }
            RunCommands.start(List.of(pot.name), c);
            String dir = "/usr/local/etc/pot/flavours/";
            c.out()
                    .line("'" + dir + flavour.name() + ".sh' -> '" + c.state().fsRoot() + "/jails/" + pot.name
                            + "/m/tmp/" + flavour.name() + ".sh'");
            String hostname = pot.conf.hostname().orElse(pot.name);
            flavour.bootstrapStdout()
                    .forEach(l -> c.out().line(l.replace("${POT}", pot.name).replace("${HOSTNAME}", hostname)));
            flavour.bootstrapStderr()
                    .forEach(l -> c.out().err(l.replace("${POT}", pot.name).replace("${HOSTNAME}", hostname)));
            pot.files.putAll(flavour.installs());
            pot.diskUsageKb += 30;
            RunCommands.stop(List.of(pot.name), c);
            if (!wasPersistent) {
                ConfigCommands.set(pot, "pot.attr.persistent", "NO");
            }
        }
        return true;
    }

    static int createBase(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvr:b:", args);
        String release = g.value('r').orElse("");
        if (!Set.of(SandboxState.RELEASE_LIST.split(" ")).contains(release)) {
            c.out().error(release + " is not a valid release");
            return 1;
        }
        String name = g.value('b').orElse(release);
        if (c.state().bases.containsKey(name)) {
            c.out().error(name + " is already a base");
            return 1;
        }
        if (!c.requireRoot()) {
            return 1;
        }
        c.out().info("Fetching FreeBSD " + release);
        c.out().info("Extract the tarball");
        addBase(c.state(), name, c.state().epoch());
        return 0;
    }

    /** A base and its level-0 multi pot, with the snapshot create-base takes. */
    static void addBase(SandboxState s, String name, String snapshot) {
        s.bases.put(name, snapshot);
        String potName = new Base(name).levelZeroPot();
        Net net = new Net(NetworkType.INHERIT, s.settings.get("POT_NETWORK_STACK"), "", "");
        SandboxPot pot = new SandboxPot(potName, conf(s, potName, "multi", 0, name, "", "inherit", net));
        pot.fscomp = fscomp(s, potName, "multi", 0, name, "");
        pot.diskUsageKb = 140;
        s.pots.put(potName, pot);
    }

    static int createFscomp(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvf:", args);
        String name = g.value('f').orElse("");
        if (c.state().fscomps.containsKey(name)) {
            c.out().info("fs component " + name + " already exists");
            return 0;
        }
        if (!c.requireRoot()) {
            return 1;
        }
        c.state().fscomps.put(name, new TreeSet<>());
        return 0;
    }

    static int createPrivateBridge(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvB:S:", args);
        String name = g.value('B').orElse("");
        if (name.isEmpty() || !g.value('S').orElse("").matches("[0-9]+")) {
            c.out().help(PotHelp.of("create-private-bridge"));
            return 1;
        }
        if (!c.requireRoot()) {
            return 1;
        }
        if (c.state().bridges.containsKey(name)) {
            c.out().error("A bridge with name " + name + " already exists");
            return 1;
        }
        String net = c.state().newNet(Integer.parseInt(g.value('S').get()));
        long start = SandboxState.ipToLong(net.substring(0, net.indexOf('/')));
        c.state()
                .bridges
                .put(name, "net=" + net + "\ngateway=" + SandboxState.longToIp(start + 1) + "\nname=" + name + "\n");
        return 0;
    }
}
