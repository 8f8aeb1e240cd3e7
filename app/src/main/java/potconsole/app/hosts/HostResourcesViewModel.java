package potconsole.app.hosts;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import potconsole.app.dialog.DialogService;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.state.HostEntry;
import potconsole.engine.command.CloneFscompCommand;
import potconsole.engine.command.CreateBaseCommand;
import potconsole.engine.command.CreateFscompCommand;
import potconsole.engine.command.CreatePrivateBridgeCommand;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.command.PotCommand;
import potconsole.engine.model.HostInventory;

/**
 * A host's bases, fscomps, private bridges, flavours and pot settings as lines to list, the three creates (base,
 * fscomp, bridge) and clone-fscomp: each asks for its value through the {@link DialogService}, checked by the
 * command's own rules as typed, and hands the command to {@code run}.
 */
public final class HostResourcesViewModel {
    /** What an empty list shows. */
    static final String NONE = "(none)";

    private final String hostName;
    private HostInventory inv;
    private final DialogService dialogs;
    private final Consumer<PotCommand> run;

    public HostResourcesViewModel(String hostName, HostInventory inv, DialogService dialogs, Consumer<PotCommand> run) {
        this.hostName = hostName;
        this.inv = inv;
        this.dialogs = dialogs;
        this.run = run;
    }

    /**
     * The view-model of a host's dialog whose commands run as tasks on that host (the host is read again after each,
     * and {@link #update} takes the new read).
     */
    public static HostResourcesViewModel forHost(
            HostEntry host, HostInventory inv, TasksViewModel tasks, DialogService dialogs) {
        return new HostResourcesViewModel(
                host.name(),
                inv,
                dialogs,
                command -> tasks.run(host, command.display(), host.service().job(command)));
    }

    /** The host's next read (after a create or a clone): the lists show what it has now. */
    public void update(HostInventory next) {
        this.inv = next;
    }

    public String title() {
        return "Resources of " + hostName;
    }

    public String header() {
        return "Resources of " + hostName + " (pot " + inv.settings().version().orElse("?") + ")";
    }

    public List<String> bases() {
        return lines(inv.bases().stream()
                .map(b -> b.name() + "   (level-0 pot " + b.levelZeroPot() + ")")
                .toList());
    }

    public List<String> fscomps() {
        return lines(inv.fscomps().stream().map(f -> f.name()).toList());
    }

    public List<String> bridges() {
        return lines(inv.bridges().stream()
                .map(b -> b.name() + "   " + b.network().orElse("?") + " via "
                        + b.gateway().orElse("?"))
                .toList());
    }

    public List<String> flavours() {
        return lines(inv.flavours().stream()
                .map(f -> f.name() + "   "
                        + (f.hasCommandFile() ? "commands" : "")
                        + (f.hasCommandFile() && f.hasBootstrap() ? " + " : "")
                        + (f.hasBootstrap() ? "bootstrap .sh" : ""))
                .toList());
    }

    public List<String> settings() {
        return lines(inv.settings().values().entrySet().stream()
                .map(e -> e.getKey() + " = " + e.getValue())
                .toList());
    }

    public void createBase() {
        ask(
                "Create base",
                "FreeBSD release, e.g. 14.1 (fetches base.txz: takes minutes)",
                r -> new CreateBaseCommand(r, Optional.empty()));
    }

    public void createFscomp() {
        ask("Create fscomp", "Name", CreateFscompCommand::new);
    }

    /**
     * {@code pot clone-fscomp -F source -f NAME}: asks the clone's name, then shows the exact command before running
     * it. pot takes no snapshot option: it always clones the source's latest snapshot, and refuses when there is none.
     */
    public void cloneFscomp(String source) {
        if (source == null || inv.fscomps().stream().noneMatch(f -> f.name().equals(source))) {
            dialogs.info("Clone fscomp", "Select the fscomp to clone first.");
            return;
        }
        Function<String, CloneFscompCommand> build = n -> new CloneFscompCommand(n, source);
        dialogs.prompt(
                "Clone fscomp " + source,
                "Name of the clone (from " + source + "'s latest snapshot)",
                source + "-clone",
                check(build),
                s -> {
                    CloneFscompCommand command = build.apply(s.strip());
                    dialogs.confirm(
                            "Clone fscomp " + source,
                            command.display() + "\n\nA ZFS clone of the latest snapshot of " + source
                                    + " (pot always clones the latest one; it refuses when " + source
                                    + " has none: take a snapshot of it first).",
                            "Clone",
                            () -> run.accept(command));
                });
    }

    public void createBridge() {
        ask(
                "Create private bridge",
                "name:hosts — e.g. backend:10 (potnet picks the subnet)",
                HostResourcesViewModel::bridge);
    }

    private void ask(String title, String label, Function<String, ? extends PotCommand> build) {
        dialogs.prompt(title, label, "", check(build), s -> run.accept(build.apply(s.strip())));
    }

    static CreatePrivateBridgeCommand bridge(String spec) {
        String[] f = spec.strip().split(":", 2);
        if (f.length != 2) {
            throw new InvalidArgumentException("Write it as name:hosts, e.g. backend:10");
        }
        try {
            return new CreatePrivateBridgeCommand(f[0], Integer.parseInt(f[1].strip()));
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException("'" + f[1] + "' is not a number of hosts");
        }
    }

    private static Function<String, Optional<String>> check(Function<String, ? extends PotCommand> build) {
        return s -> {
            try {
                build.apply(s.strip());
                return Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.of(e.getMessage());
            }
        };
    }

    private static List<String> lines(List<String> items) {
        return items.isEmpty() ? List.of(NONE) : items;
    }
}
