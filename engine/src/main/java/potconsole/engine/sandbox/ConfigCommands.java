package potconsole.engine.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import potconsole.engine.model.Attribute;
import potconsole.engine.model.EnvVar;
import potconsole.engine.model.NetworkType;
import potconsole.engine.model.PortMapping;
import potconsole.engine.model.PotConfig;
import potconsole.engine.model.PotType;

/** The commands that change pot.conf: set-*, export-ports, add-dep, update-config. */
final class ConfigCommands {
    private ConfigCommands() {}
    /** Resolves {@code -p}; prints pot's "not found" error when it is not a pot. */
    static Optional<SandboxPot> pot(Getopt g, Ctx c, String command) {
        Optional<String> name = g.value('p');
        if (name.isEmpty()) {
            c.out().error("A pot name is mandatory");
            c.out().help(PotHelp.of(command));
            return Optional.empty();
        }
        Optional<SandboxPot> pot = c.state().pot(name.get());
        if (pot.isEmpty()) {
            c.out().qerror("Pot " + name.get() + " not found");
            c.out().help(PotHelp.of(command));
        }
        return pot;
    }

    static int setAttr(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvp:A:V:", args);
        String attr = g.value('A').orElse("");
        Optional<Attribute> a = Attribute.byPotName(attr).filter(x -> !x.isReadOnly());
        if (a.isEmpty()) {
            c.out().error(attr + " is not a valid attribute");
            c.out().help(PotHelp.of("set-attribute"));
            return 1;
        }
        Optional<SandboxPot> pot = pot(g, c, "set-attribute");
        if (pot.isEmpty()) {
            return 1;
        }
        String value = g.value('V').orElse("");
        String stored = switch (a.get().kind()) {
            case BOOL -> Attribute.normalizeBool(value).orElse(null);
            case UINT -> value.matches("[0-9]+") ? value : null;
            case SYSVOPT -> value.matches("new|inherit|disable") ? value : null;
            case STRING -> value.isEmpty() ? null : value;
        };
        if (stored == null) {
            c.out().error(value + " is not a valid value for " + attr);
            c.out().help(PotHelp.of("set-attribute"));
            return 1;
        }
        if (a.get() == Attribute.NO_TMPFS && pot.get().type() != PotType.SINGLE) {
            c.out().error("Attribute no-tmpfs is only usable with single type pot");
            return 1;
        }
        if (!c.requireRoot()) {
            return 1;
        }
        set(pot.get(), a.get().confKey(), stored);
        return 0;
    }

    static void set(SandboxPot p, String key, String value) {
        p.conf = p.conf.with(key, value);
    }

    static int setRss(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvp:C:M:", args);
        Optional<SandboxPot> pot = pot(g, c, "set-rss");
        if (pot.isEmpty()) {
            return 1;
        }
        Optional<String> cpus = g.value('C');
        Optional<String> mem = g.value('M');
        if (cpus.isPresent() && !cpus.get().matches("[0-9]*[1-9][0-9]*")) {
            c.out().error(cpus.get() + " is not a valid cpu amount");
            c.out().help(PotHelp.of("set-rss"));
            return 1;
        }
        if (mem.isPresent()
                && (!mem.get().matches("[0-9]+[bBkKmMgG]?")
                        || mem.get().replaceAll("[^0-9]", "").matches("0+"))) {
            c.out().error(mem.get() + " is not a valid memory constraint");
            c.out().help(PotHelp.of("set-rss"));
            return 1;
        }
        if (!c.requireRoot()) {
            return 1;
        }
        cpus.ifPresent(v -> set(pot.get(), "pot.rss.cpus", v));
        mem.ifPresent(v -> set(pot.get(), "pot.rss.memory", v));
        return 0;
    }

    static int setCmd(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvp:c:", args);
        Optional<SandboxPot> pot = pot(g, c, "set-cmd");
        if (pot.isEmpty()) {
            return 1;
        }
        if (g.value('c').isEmpty()) {
            c.out().error("A command is mandatory");
            c.out().help(PotHelp.of("set-cmd"));
            return 1;
        }
        if (!c.requireRoot()) {
            return 1;
        }
        set(pot.get(), "pot.cmd", stripOneQuotePair(g.value('c').get()));
        return 0;
    }

    /** {@code _set_command}: one leading and one trailing double quote are removed. */
    static String stripOneQuotePair(String cmd) {
        String s = cmd.startsWith("\"") ? cmd.substring(1) : cmd;
        return s.endsWith("\"") ? s.substring(0, s.length() - 1) : s;
    }

    static int setEnv(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvp:E:", args);
        Optional<SandboxPot> pot = pot(g, c, "set-env");
        if (pot.isEmpty()) {
            return 1;
        }
        List<String> values = g.values('E');
        for (String v : values) {
            if (!v.contains("=")) {
                c.out().error(v + " is not in the format VAR=value");
                c.out().help(PotHelp.of("set-env"));
                return 1;
            }
        }
        if (values.isEmpty()) {
            c.out().error("At least one environment variable is needed");
            return 1;
        }
        if (!c.requireRoot()) {
            return 1;
        }
        List<String> raws =
                values.stream().map(v -> PotConfig.quoteEnv(EnvVar.parse(v))).toList();
        pot.get().conf = pot.get().conf.withAll("pot.env", raws);
        return 0;
    }

    static int setHosts(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvp:H:", args);
        Optional<SandboxPot> pot = pot(g, c, "set-hosts");
        if (pot.isEmpty()) {
            return 1;
        }
        List<String> raws = new ArrayList<>();
        for (String h : g.values('H')) {
            int colon = h.indexOf(':');
            if (colon <= 0) {
                c.out().error(h + " is not in the format hostname:IP");
                return 1;
            }
            raws.add(h.substring(colon + 1) + " " + h.substring(0, colon));
        }
        if (!c.requireRoot()) {
            return 1;
        }
        pot.get().conf = pot.get().conf.withAll("pot.hosts", raws);
        return 0;
    }

    static int exportPorts(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvp:e:", args);
        Optional<SandboxPot> pot = pot(g, c, "export-ports");
        if (pot.isEmpty()) {
            return 1;
        }
        for (String e : g.values('e')) {
            try {
                PortMapping.parse(e);
            } catch (IllegalArgumentException ex) {
                c.out().error(e + " is not a valid port number");
                c.out().help(PotHelp.of("export-ports"));
                return 1;
            }
        }
        if (!c.requireRoot()) {
            return 1;
        }
        if (!pot.get().conf.network().type().isBridge()) {
            c.out()
                    .info("Only public-bridge and private-bridge network type can export ports - this setting will be"
                            + " ignored during start");
        }
        set(pot.get(), "pot.export.ports", String.join(" ", g.values('e')));
        return 0;
    }

    static int addDep(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvp:P:", args);
        Optional<SandboxPot> pot = pot(g, c, "add-dep");
        if (pot.isEmpty()) {
            return 1;
        }
        String dep = g.value('P').orElse("");
        if (c.state().pot(dep).isEmpty()) {
            c.out().qerror("Pot " + dep + " not found");
            return 1;
        }
        if (dep.equals(pot.get().name)) {
            c.out().error("a pot cannot depend on itself");
            return 1;
        }
        if (!c.requireRoot()) {
            return 1;
        }
        pot.get().conf = pot.get().conf.append("pot.depend", dep);
        return 0;
    }

    static int updateConfig(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvap:", args);
        if (!c.requireRoot()) {
            return 1;
        }
        List<SandboxPot> pots;
        if (g.has('a')) {
            pots = List.copyOf(c.state().pots.values());
        } else {
            Optional<SandboxPot> pot = pot(g, c, "update-config");
            if (pot.isEmpty()) {
                return 1;
            }
            pots = List.of(pot.get());
        }
        pots.forEach(ConfigCommands::addMissingKeys);
        return 0;
    }

    /** update-config: every key a pot of this pot version has, added with its default where missing. */
    private static void addMissingKeys(SandboxPot p) {
        if (p.conf.raw("pot.dns").isEmpty()) {
            set(p, "pot.dns", "inherit");
        }
        if (p.conf.raw("pot.cmd").isEmpty()) {
            set(p, "pot.cmd", "sh /etc/rc");
        }
        for (Attribute a : Attribute.values()) {
            if (!a.isReadOnly()
                    && a != Attribute.EARLY_START_AT_BOOT
                    && p.conf.raw(a.confKey()).isEmpty()) {
                set(
                        p,
                        a.confKey(),
                        a.scope() == Attribute.Scope.JAIL ? a.valueAtCreate().orElse("") : "NO");
            }
        }
        if (p.conf.raw("pot.attr.early.start-at-boot").isEmpty()) {
            set(p, "pot.attr.early.start-at-boot", "NO");
        }
        if (p.conf.raw("network_type").isEmpty()) {
            set(p, "network_type", NetworkType.INHERIT.potValue());
        }
    }
}
