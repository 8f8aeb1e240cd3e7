package potconsole.engine.command;

import java.util.List;

/** {@code pot mount-out -p pot -m mnt}. See pot-spec §10.10: the fscomp.conf line often stays behind. */
public record MountOutCommand(String pot, String mountPoint) implements PotCommand {
    public MountOutCommand {
        Validate.existingPotName(pot);
        Validate.mountPoint(mountPoint);
    }

    public String subcommand() {
        return "mount-out";
    }

    public List<String> arguments() {
        return Args.of().opt("-p", pot).opt("-m", mountPoint).build();
    }
}
