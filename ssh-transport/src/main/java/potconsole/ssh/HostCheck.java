package potconsole.ssh;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import potconsole.engine.exec.Privilege;
import potconsole.engine.host.HostProfile;
import potconsole.engine.inventory.InventoryException;
import potconsole.engine.model.HostInventory;
import potconsole.engine.service.PotService;

/**
 * "Test connection": logs in and runs the inventory once, and says precisely what stands in the way — name
 * resolution, refused, timeout, authentication (keys tried), host key, pot missing, POT_FS_ROOT unreadable — or the
 * pot version and pot count when all is well.
 */
public final class HostCheck {
    public enum Status {
        OK,
        DNS,
        REFUSED,
        TIMEOUT,
        AUTH,
        PASSPHRASE_NEEDED,
        HOST_KEY_UNKNOWN,
        HOST_KEY_CHANGED,
        POT_NOT_INSTALLED,
        FS_ROOT_UNREADABLE,
        FAILED
    }

    public record Result(Status status, String message, Optional<String> potVersion, int pots) {
        public boolean ok() {
            return status == Status.OK;
        }
    }

    private HostCheck() {}

    public static SshTarget target(HostProfile profile) {
        SshTarget t = SshTarget.of(profile.address()).withPrivilege(profile.privilege());
        t = profile.port().map(t::withPort).orElse(t);
        t = profile.user().map(t::withUser).orElse(t);
        return profile.identity()
                .map(i -> List.of(Path.of(i)))
                .map(t::withIdentities)
                .orElse(t);
    }

    public static Result run(SshTarget target, SshPrompts prompts) {
        try (SshRunner runner = new SshRunner(target, prompts)) {
            HostInventory inv = new PotService(runner, Privilege.NONE).inventory();
            String version = inv.settings().version().orElse("unknown");
            String user = inv.settings().get("user");
            return new Result(
                    Status.OK,
                    "Connected as " + user + " to " + target.label() + ": pot " + version + ", "
                            + inv.pots().size() + " pots",
                    inv.settings().version(),
                    inv.pots().size());
        } catch (SshException e) {
            return new Result(statusOf(e.reason()), e.getMessage(), Optional.empty(), 0);
        } catch (InventoryException e) {
            Status s = switch (e.reason()) {
                case POT_NOT_INSTALLED -> Status.POT_NOT_INSTALLED;
                case FS_ROOT_UNREADABLE, FS_ROOT_MISSING -> Status.FS_ROOT_UNREADABLE;
                default -> Status.FAILED;
            };
            return new Result(s, target.label() + ": " + e.getMessage(), Optional.empty(), 0);
        } catch (RuntimeException e) {
            return new Result(Status.FAILED, target.label() + ": " + e.getMessage(), Optional.empty(), 0);
        }
    }

    private static Status statusOf(SshException.Reason reason) {
        return switch (reason) {
            case DNS -> Status.DNS;
            case REFUSED -> Status.REFUSED;
            case TIMEOUT -> Status.TIMEOUT;
            case AUTH -> Status.AUTH;
            case PASSPHRASE_NEEDED -> Status.PASSPHRASE_NEEDED;
            case HOST_KEY_UNKNOWN -> Status.HOST_KEY_UNKNOWN;
            case HOST_KEY_CHANGED -> Status.HOST_KEY_CHANGED;
            default -> Status.FAILED;
        };
    }
}
