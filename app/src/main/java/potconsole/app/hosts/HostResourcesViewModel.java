package potconsole.app.hosts;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import potconsole.app.dialog.DialogService;
import potconsole.engine.command.CreateBaseCommand;
import potconsole.engine.command.CreateFscompCommand;
import potconsole.engine.command.CreatePrivateBridgeCommand;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.command.PotCommand;
import potconsole.engine.model.HostInventory;

/**
 * A host's bases, fscomps, private bridges, flavours and pot settings as lines to list, and the three creates (base,
 * fscomp, bridge): each asks for its one value through the {@link DialogService}, checked by the command's own rules
 * as typed, and hands the command to {@code run}.
 */
public final class HostResourcesViewModel {
    /** What an empty list shows. */
    static final String NONE = "(none)";

    private final String hostName;
    private final HostInventory inv;
    private final DialogService dialogs;
    private final Consumer<PotCommand> run;

    public HostResourcesViewModel(String hostName, HostInventory inv, DialogService dialogs, Consumer<PotCommand> run) {
        this.hostName = hostName;
        this.inv = inv;
        this.dialogs = dialogs;
        this.run = run;
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
