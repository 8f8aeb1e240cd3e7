package potconsole.engine.setup;

import java.util.List;

/**
 * The steps from a bare FreeBSD host to one with a base, in the order they can run. Each reads its state from a
 * {@link SetupReport} (so running it twice does nothing the second time) and names the exact commands it runs.
 */
public enum SetupStep {
    INSTALL_POT("pot installed", true),
    GROUP("Group pot", true),
    POT_CONF("pot.conf", true),
    KERNEL("Kernel features", false),
    INIT("pot init", true),
    VNET("Bridge networking (vnet-start)", false),
    BASE("A FreeBSD base", true);

    public enum Status {
        DONE,
        TODO,
        /** Not required for pots to run; recommended. */
        OPTIONAL,
        /** Waits for an earlier required step. */
        BLOCKED
    }

    private final String title;
    private final boolean required;

    SetupStep(String title, boolean required) {
        this.title = title;
        this.required = required;
    }

    public String title() {
        return title;
    }

    public boolean required() {
        return required;
    }

    /** Where the host stands for this step; a step waits while an earlier required one is not done. */
    public Status status(SetupReport r) {
        for (SetupStep earlier : values()) {
            if (earlier == this) {
                break;
            }
            if (earlier.required && !earlier.done(r)) {
                return Status.BLOCKED;
            }
        }
        if (done(r)) {
            return Status.DONE;
        }
        return required ? Status.TODO : Status.OPTIONAL;
    }

    public boolean done(SetupReport r) {
        return switch (this) {
            case INSTALL_POT -> r.potInstalled();
            case GROUP -> r.groupExists() && (r.root() || r.inPotGroup());
            case POT_CONF -> r.potConf().isPresent() && r.conf().problems().isEmpty() && extIfExists(r);
            case KERNEL -> r.vimage() && (r.racct() || r.racctAtBoot());
            case INIT -> r.initialised();
            case VNET -> r.publicBridge().isPresent() && r.pfLoaded();
            case BASE -> r.hasCompleteBase();
        };
    }

    static boolean extIfExists(SetupReport r) {
        return r.interfaces().isEmpty() || r.interfaces().contains(r.conf().extIf());
    }

    /** Why the step matters and what is missing, for a person. */
    public String explanation(SetupReport r) {
        return switch (this) {
            case INSTALL_POT ->
                r.potInstalled()
                        ? "pot " + r.version() + " is installed (" + r.prefix() + "/bin/pot)."
                        : "pot is not installed. It comes from FreeBSD's package repository.";
            case GROUP -> groupText(r);
            case POT_CONF -> confText(r);
            case KERNEL -> kernelText(r);
            case INIT ->
                r.initialised()
                        ? "pot's datasets exist under " + r.conf().zfsRoot() + " at "
                                + r.conf().fsRoot() + "."
                        : "pot init creates " + r.conf().zfsRoot() + " (mounted at "
                                + r.conf().fsRoot()
                                + ") with bases, jails, fscomp and cache, adds pot's anchors to pf.conf and points"
                                + " syslogd at the pot network.";
            case VNET ->
                done(r)
                        ? "The public bridge " + r.publicBridge().get() + " is up and pf is loaded."
                        : "Bridge pots (public-bridge, private-bridge) need IP forwarding, the public bridge and pf's NAT:"
                                + " pot vnet-start sets them up (pot start also runs it for a bridge pot).";
            case BASE -> baseText(r);
        };
    }

    private static String groupText(SetupReport r) {
        if (!r.groupExists()) {
            return "Group pot does not exist: pot refuses to run without it, and init makes it own "
                    + r.conf().fsRoot() + ".";
        }
        if (r.root()) {
            return "Group pot exists; this account is root and needs no membership.";
        }
        return r.inPotGroup()
                ? r.user() + " is in group pot: it can read every pot without root."
                : r.user() + " is not in group pot. Members can read pots (list, info, inventory) without root;"
                        + " changes still go through the privilege command. Takes effect at the next login.";
    }

    private static String confText(SetupReport r) {
        if (!r.conf().problems().isEmpty()) {
            return "pot.conf has values pot would refuse: "
                    + String.join("; ", r.conf().problems().values());
        }
        if (!extIfExists(r)) {
            return "POT_EXTIF is " + r.conf().extIf() + ", which this host does not have (it has "
                    + String.join(", ", r.interfaces()) + ").";
        }
        return r.potConf().isPresent()
                ? r.potConfPath() + " sets the datasets, paths and network pot uses."
                : "There is no " + r.potConfPath() + ": pot would use its defaults (zroot/pot, em0, 10.192.0.0/10)."
                        + " Check them before pot init creates datasets from them.";
    }

    private static String kernelText(SetupReport r) {
        String vimage = r.vimage()
                ? "VIMAGE is in the kernel (bridge pots work)."
                : "The kernel lacks VIMAGE: bridge pots cannot start (FreeBSD 13 and later's GENERIC has it).";
        String racct = r.racct()
                ? " kern.racct.enable is 1 (memory limits work)."
                : r.racctAtBoot()
                        ? " kern.racct.enable=1 is in /boot/loader.conf: reboot the host for memory limits to work."
                        : " kern.racct.enable is 0: set-rss memory limits are ignored. Enabling it needs a line in"
                                + " /boot/loader.conf and a reboot.";
        return vimage + racct;
    }

    private static String baseText(SetupReport r) {
        if (r.hasCompleteBase()) {
            return "Bases: " + String.join(", ", r.bases()) + ".";
        }
        if (r.interruptedBase().isPresent()) {
            return "create-base for " + r.interruptedBase().get() + " did not finish (the base has no "
                    + SetupReport.basePot(r.interruptedBase().get()) + "). Running the step again removes"
                    + " the half-made base and creates it anew; the downloaded base.txz in "
                    + r.conf().cache() + " is reused.";
        }
        return "Pots are made from a base: pot create-base downloads FreeBSD's base.txz (about 180 MB) and builds"
                + " it. This takes minutes.";
    }

    /** The exact commands the step runs, as shown before it runs. */
    public List<String> commands(SetupReport r, SetupInputs in) {
        return SetupCommandLines.of(this, r, in);
    }

    /** What the step does, in order; empty when there is nothing left to do. */
    public List<SetupAction> actions(SetupReport r, SetupInputs in) {
        return SetupCommandLines.actions(this, r, in);
    }
}
