package potconsole.engine.sandbox;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import potconsole.engine.model.Base;
import potconsole.engine.model.NetworkType;

/** create, create-base, create-fscomp, create-private-bridge, and the flavour runs of create (pot-spec §3.2, §6). */
final class CreateCommands {
    private CreateCommands() {}

    /** What {@code pot create} was asked for. */
    private record Spec(
            String name,
            String type,
            Optional<String> base,
            Optional<String> potBase,
            int level,
            String dns,
            List<String> flavours) {
        static Spec of(Getopt g) {
            String type = g.value('t').orElse("multi");
            int level =
                    type.equals("single") ? 0 : Integer.parseInt(g.value('l').orElse("1"));
            return new Spec(
                    g.value('p').orElse(""),
                    type,
                    g.value('b'),
                    g.value('P'),
                    level,
                    g.value('d').orElse("inherit"),
                    g.values('f'));
        }

        boolean single() {
            return type.equals("single");
        }
    }

    static int create(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvkp:t:l:b:P:N:i:B:S:d:f:", args);
        Spec spec = Spec.of(g);
        if (g.unknown != null || spec.name().isEmpty()) {
            c.out().help(PotHelp.of("create"));
            return 1;
        }
        Optional<String> problem = problem(spec, c.state());
        if (problem.isPresent()) {
            c.out().error(problem.get());
            return 1;
        }
        Optional<SandboxNet> net = SandboxNet.of(g, c, Optional.empty());
        if (net.isEmpty() || !c.requireRoot()) {
            return 1;
        }
        SandboxPot pot = newPot(spec, net.get(), c);
        return FlavourRun.applyAll(c, pot, spec.flavours(), "create", g.has('k')) ? 0 : 1;
    }

    /** pot's checks of create's options, in pot's order: the first message it prints, if any. */
    private static Optional<String> problem(Spec spec, SandboxState s) {
        String name = spec.name();
        Optional<String> base = spec.base();
        Optional<String> potBase = spec.potBase();
        if (name.contains(".")) {
            return Optional.of(name + " is not a valid name for a pot ('.' is the only character not allowed)");
        }
        if (s.pot(name).isPresent()) {
            return Optional.of("pot " + name + " already exists");
        }
        if (base.isEmpty() && potBase.isEmpty()) {
            return Optional.of("at least one of -b and -P has to be used");
        }
        if (spec.single()
                && base.isPresent()
                && potBase.isEmpty()
                && !Set.of(SandboxState.RELEASE_LIST.split(" ")).contains(base.get())) {
            return Optional.of(base.get() + " is not a valid release");
        }
        if (spec.type().equals("multi") && base.isPresent() && !s.bases.containsKey(base.get())) {
            return Optional.of(base.get() + " is not a valid base");
        }
        if (potBase.isPresent() && s.pot(potBase.get()).isEmpty()) {
            return Optional.of(potBase.get() + " is not a valid pot");
        }
        if (spec.level() == 0 && spec.type().equals("multi") && base.isEmpty()) {
            return Optional.of("level 0 needs option -b");
        }
        return spec.flavours().stream()
                .filter(f -> !s.flavours.containsKey(f))
                .findFirst()
                .map(f -> "Flavour " + f + " not found");
    }

    /** Prints what pot prints before it creates, and adds the pot (flavours not yet applied). */
    private static SandboxPot newPot(Spec spec, SandboxNet net, Ctx c) {
        SandboxState s = c.state();
        String baseName = spec.base()
                .orElseGet(() ->
                        s.pot(spec.potBase().get()).flatMap(p -> p.conf.base()).orElse(""));
        String potBase = spec.potBase().orElse("");
        announce(c.out(), spec, baseName, net);
        SandboxPot pot = new SandboxPot(
                spec.name(),
                NewPotFiles.conf(s, spec.name(), spec.type(), spec.level(), baseName, potBase, spec.dns(), net));
        pot.fscomp = NewPotFiles.fscomp(s, spec.name(), spec.type(), spec.level(), baseName, potBase);
        pot.diskUsageKb = spec.single() ? 2243 : 572;
        if (spec.single() && spec.potBase().isEmpty()) {
            c.out().info("Fetching FreeBSD " + baseName);
            c.out().info("Extract the tarball");
        }
        s.pots.put(spec.name(), pot);
        return pot;
    }

    private static void announce(Out out, Spec spec, String baseName, SandboxNet net) {
        out.info("Creating a new pot");
        out.info("pot name     : " + spec.name());
        out.info("type         : " + spec.type());
        out.info("base         : " + baseName);
        out.info("pot_base     : " + spec.potBase().orElse(""));
        out.info("level        : " + spec.level());
        out.info("network-type : " + net.type().potValue());
        out.info("network-stack: " + net.stack());
        out.info("ip           : " + net.ip());
        out.info("bridge       : " + net.bridge());
        out.info("dns          : " + spec.dns());
        out.info("flavours     : " + String.join(" ", spec.flavours()));
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
        SandboxNet net = new SandboxNet(NetworkType.INHERIT, s.settings.get("POT_NETWORK_STACK"), "", "");
        SandboxPot pot = new SandboxPot(potName, NewPotFiles.conf(s, potName, "multi", 0, name, "", "inherit", net));
        pot.fscomp = NewPotFiles.fscomp(s, potName, "multi", 0, name, "");
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
