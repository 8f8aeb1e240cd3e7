package potconsole.engine.sandbox;

import java.util.List;
import java.util.OptionalInt;

/** The sandbox's table of pot subcommands: each name pot 0.16.0 accepts (with its aliases) and who answers it. */
final class PotSubcommands {
    private PotSubcommands() {}

    /** A table read top to bottom, one line per subcommand. */
    static int run(String sub, List<String> args, Ctx c, byte[] stdin) {
        OptionalInt setup = SetupCommands.dispatch(sub, args, c);
        if (setup.isPresent()) {
            return setup.getAsInt();
        }
        if (args.contains("-h")) {
            c.out().help(PotHelp.of(sub.equals("set-attr") ? "set-attribute" : sub));
            return 0;
        }
        return switch (sub) {
            case "version" -> ReadCommands.version(args, c);
            case "config" -> ReadCommands.config(args, c);
            case "ls", "list" -> ReadCommands.list(args, c);
            case "info" -> InfoCommands.info(args, c);
            case "show" -> ReadCommands.show(args, c);
            case "ps" -> ReadCommands.ps(args, c);
            case "get-attr", "get-attribute" -> ReadCommands.getAttr(args, c);
            case "get-rss" -> SandboxUsage.getRss(args, c);
            case "last-run-stats" -> ReadCommands.lastRunStats(args, c);
            case "set-attr", "set-attribute" -> ConfigCommands.setAttr(args, c);
            case "set-rss" -> ConfigCommands.setRss(args, c);
            case "set-cmd" -> ConfigCommands.setCmd(args, c);
            case "set-env" -> ConfigCommands.setEnv(args, c);
            case "set-hosts" -> ConfigCommands.setHosts(args, c);
            case "export-ports" -> ConfigCommands.exportPorts(args, c);
            case "add-dep" -> ConfigCommands.addDep(args, c);
            case "copy-in" -> FileCommands.copyIn(args, c);
            case "copy-out" -> FileCommands.copyOut(args, c);
            case "mount-in" -> FileCommands.mountIn(args, c);
            case "mount-out" -> FileCommands.mountOut(args, c);
            case "set-hook" -> FileCommands.setHook(args, c);
            case "update-config" -> ConfigCommands.updateConfig(args, c);
            case "start" -> RunCommands.start(args, c);
            case "stop" -> RunCommands.stop(args, c);
            case "exec" -> RunCommands.exec(args, c, stdin);
            case "snapshot", "snap" -> SnapshotCommands.snapshot(args, c);
            case "revert", "rollback" -> SnapshotCommands.revert(args, c);
            case "purge-snapshots" -> SnapshotCommands.purgeSnapshots(args, c);
            case "rename" -> LifecycleCommands.rename(args, c);
            case "destroy" -> LifecycleCommands.destroy(args, c);
            case "prune" -> LifecycleCommands.prune(args, c);
            case "clone" -> CloneCommands.clone(args, c);
            case "create" -> CreateCommands.create(args, c);
            case "create-base" -> CreateCommands.createBase(args, c);
            case "create-fscomp" -> CreateCommands.createFscomp(args, c);
            case "create-private-bridge" -> CreateCommands.createPrivateBridge(args, c);
            case "export" -> ImageCommands.export(args, c);
            case "import" -> ImageCommands.importImage(args, c);
            case "help" -> {
                c.out().help(args.isEmpty() ? PotHelp.of("usage") : PotHelp.of(args.get(0)));
                yield 0;
            }
            default -> {
                c.out().help(PotHelp.of("usage"));
                yield 1;
            }
        };
    }
}
