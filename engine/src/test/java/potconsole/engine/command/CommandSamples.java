package potconsole.engine.command;

import java.util.List;
import java.util.Optional;
import potconsole.engine.model.Attribute;
import potconsole.engine.model.EtcHostsEntry;
import potconsole.engine.model.NetworkType;
import potconsole.engine.model.PortMapping;

/** One valid instance of every command record, for tests that look at all of them. */
final class CommandSamples {
    private CommandSamples() {}

    static List<PotCommand> all() {
        return List.of(
                new VersionCommand(false),
                new ConfigCommand("fs_root", false),
                ListCommand.pots(),
                InfoCommand.verbose("web"),
                ShowCommand.of("web"),
                new PsCommand(false),
                new GetAttrCommand("web", Attribute.PERSISTENT, true),
                new SetAttrCommand("web", Attribute.PERSISTENT, "no"),
                new GetRssCommand("web", true),
                new SetRssCommand("web", Optional.of(1), Optional.of("512M")),
                new SetCmdCommand("web", "nginx -g 'daemon off;'"),
                new SetEnvCommand("web", List.of("FOO=bar")),
                new SetHostsCommand("web", List.of(new EtcHostsEntry("10.1.2.3", "db.local"))),
                new ExportPortsCommand("web", List.of(PortMapping.parse("80:8080"))),
                new AddDepCommand("web", "db"),
                new CopyInCommand("web", "/etc/hostname", "/root/h", false, false),
                new CopyOutCommand("web", "/etc/hosts", "/tmp", false),
                new MountInCommand("web", "/data", MountInCommand.Source.FSCOMP, "xdata", false, false),
                new MountOutCommand("web", "/data"),
                StartCommand.of("web"),
                new StopCommand("web"),
                ExecCommand.of("web", "hostname"),
                new LastRunStatsCommand("web"),
                SnapshotCommand.of("web"),
                new RevertCommand(SnapshotTarget.pot("web")),
                new PurgeSnapshotsCommand(SnapshotTarget.pot("web"), false),
                ExportCommand.of("web", "1.0", "/tmp/images"),
                new ImportCommand("web", "1.0", "file:///tmp/images", Optional.empty(), false),
                CloneCommand.of("web-clone", "web"),
                new RenameCommand("web-clone", "web-renamed"),
                DestroyCommand.pot("web"),
                new PruneCommand(true, false, false),
                CreateCommand.single("web", "13.2", NetworkOptions.of(NetworkType.INHERIT), List.of()),
                new CreateBaseCommand("13.2", Optional.empty()),
                new CreateFscompCommand("xdata"),
                new CreatePrivateBridgeCommand("xnet", 4),
                new SetHookCommand(
                        "web", Optional.of("/etc/hostname"), Optional.empty(), Optional.empty(), Optional.empty()),
                new UpdateConfigCommand(Optional.of("web")),
                new TermCommand("web"));
    }
}
