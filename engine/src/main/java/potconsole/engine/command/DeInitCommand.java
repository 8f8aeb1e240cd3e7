package potconsole.engine.command;

import java.util.List;
import java.util.Optional;

/**
 * {@code pot de-init [-m] [-f] [-p pf_file]}: {@code zfs destroy -r} of {@code POT_ZFS_ROOT} — every pot, base, fscomp
 * and cached image — then the pf anchor lines unless {@code -m} (pot-spec §3.2). {@code -f} is meant to stop running
 * pots first, but pot's running-pot check is broken (§10), so the console stops them itself.
 */
public record DeInitCommand(boolean minimal, boolean force, Optional<String> pfFile) implements PotCommand {
    public DeInitCommand {
        pfFile.filter(f -> !f.isEmpty()).ifPresent(f -> Validate.absolutePath(f, "The pf rules file"));
    }

    public static DeInitCommand standard() {
        return new DeInitCommand(false, false, Optional.empty());
    }

    public String subcommand() {
        return "de-init";
    }

    public List<String> arguments() {
        return Args.of().flag("-m", minimal).flag("-f", force).opt("-p", pfFile).build();
    }

    public boolean mayBlock() {
        return true;
    }
}
