package potconsole.engine.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import potconsole.engine.model.NetworkType;

/**
 * The few host programs besides pot that the console (and the recorded transcripts) use: cat of pot's files, jls,
 * zfs (see ZfsCommands), mkdir -p, ls, stat, rm, test, true, df -Pk.
 */
final class HostCommands {
    private HostCommands() {}

    static int run(Ctx c, List<String> argv, byte[] stdin) {
        String prog = argv.get(0);
        List<String> args = argv.subList(1, argv.size());
        SandboxState s = c.state();
        return switch (prog) {
            case "true" -> 0;
            case "cat" -> cat(c, args);
            case "jls" -> jls(c, args);
            case "zfs" -> ZfsCommands.zfs(c, args);
            case "mkdir" -> {
                args.stream().filter(a -> !a.startsWith("-")).forEach(s::mkdir);
                yield 0;
            }
            case "test" -> test(s, args);
            case "stat" -> stat(c, args);
            case "rm" -> {
                args.stream().filter(a -> !a.startsWith("-")).forEach(s.hostFiles::remove);
                yield 0;
            }
            case "ls" -> ls(c, args);
            case "df" -> df(c, args);
            default -> {
                c.out().err("sh: " + prog + ": not found");
                yield 127;
            }
        };
    }

    /** test -f / test -d; 2 for anything else, as test does for a bad expression. */
    private static int test(SandboxState s, List<String> args) {
        if (args.size() != 2) {
            return 2;
        }
        return switch (args.get(0)) {
            case "-f" -> s.isFile(args.get(1)) ? 0 : 1;
            case "-d" -> s.isDir(args.get(1)) ? 0 : 1;
            default -> 2;
        };
    }

    private static int ls(Ctx c, List<String> args) {
        String dir = args.stream().filter(a -> !a.startsWith("-")).findFirst().orElse("/root");
        String prefix = dir.endsWith("/") ? dir : dir + "/";
        c.state().hostFiles.keySet().stream()
                .filter(f -> f.startsWith(prefix) && f.length() > prefix.length())
                .map(f -> f.substring(prefix.length()).split("/")[0])
                .distinct()
                .forEach(c.out()::line);
        return 0;
    }

    private static int cat(Ctx c, List<String> files) {
        int rc = 0;
        for (String f : files) {
            Optional<String> content = potFile(c.state(), f);
            if (content.isPresent()) {
                c.out().bytesAndLines(content.get().getBytes(StandardCharsets.UTF_8));
            } else if (c.state().isFile(f)) {
                c.out().bytesAndLines(c.state().hostFiles.get(f));
            } else {
                c.out().err("cat: " + f + ": No such file or directory");
                rc = 1;
            }
        }
        return rc;
    }

    /** pot's own files: conf/pot.conf, conf/fscomp.conf, conf/.last_run_stats, the status files, bridges. */
    static Optional<String> potFile(SandboxState s, String path) {
        String jails = s.fsRoot() + "/jails/";
        if (path.startsWith(jails)) {
            String rest = path.substring(jails.length());
            int slash = rest.indexOf('/');
            if (slash < 0) {
                return Optional.empty();
            }
            Optional<SandboxPot> pot = s.pot(rest.substring(0, slash));
            String file = rest.substring(slash + 1);
            return pot.flatMap(p -> switch (file) {
                case "conf/pot.conf" -> Optional.of(p.conf.render());
                case "conf/fscomp.conf" -> Optional.of(p.fscomp.isEmpty() ? "" : String.join("\n", p.fscomp) + "\n");
                case "conf/.last_run_stats" ->
                    Optional.ofNullable(p.lastRunExit).map(e -> "{ \"ExitCode\": " + e + " }\n");
                default -> Optional.empty();
            });
        }
        String tmp = s.settings.get("POT_TMP") + "/pot_status_";
        if (path.startsWith(tmp)) {
            return Optional.ofNullable(s.statusFiles().get(path.substring(tmp.length())));
        }
        String bridges = s.fsRoot() + "/bridges/";
        if (path.startsWith(bridges)) {
            return Optional.ofNullable(s.bridges.get(path.substring(bridges.length())));
        }
        return Optional.empty();
    }

    private static int jls(Ctx c, List<String> args) {
        List<SandboxPot> running =
                c.state().pots.values().stream().filter(p -> p.running).toList();
        if (args.equals(List.of("name"))) {
            running.forEach(p -> c.out().line(p.name));
            return 0;
        }
        c.out().line("   JID  IP Address      Hostname                      Path");
        for (SandboxPot p : running) {
            String ip = p.conf.network().type() == NetworkType.ALIAS
                    ? p.conf.network().primaryIp().orElse("")
                    : "";
            c.out()
                    .line(String.format(
                            "%6d  %-15s %-29s %s",
                            p.jid,
                            ip,
                            p.conf.hostname().orElse(p.name),
                            c.state().fsRoot() + "/jails/" + p.name + "/m"));
        }
        return 0;
    }

    private static int stat(Ctx c, List<String> args) {
        String file = args.get(args.size() - 1);
        if (!c.state().isFile(file)) {
            c.out().err("stat: " + file + ": stat: No such file or directory");
            return 1;
        }
        c.out().line(String.valueOf(c.state().hostFiles.get(file).length));
        return 0;
    }

    /**
     * {@code df -Pk DIR…} as FreeBSD prints it for ZFS: each directory's dataset (the cache its own, the rest the
     * pot root's), all sharing the pool's free space.
     */
    private static int df(Ctx c, List<String> args) {
        SandboxState s = c.state();
        c.out().line("Filesystem 1024-blocks Used Available Capacity Mounted on");
        for (String dir : args.stream().filter(a -> !a.startsWith("-")).toList()) {
            String cache = s.settings.get("POT_CACHE");
            boolean inCache = dir.equals(cache) || dir.startsWith(cache + "/");
            String dataset = inCache ? s.zroot() + "/cache" : s.zroot();
            long used = s.facts.rootUsed / 1024;
            long avail = s.facts.rootAvailable / 1024;
            long capacity = used + avail == 0 ? 100 : used * 100 / (used + avail);
            c.out()
                    .line(dataset + " " + (used + avail) + " " + used + " " + avail + " " + capacity + "% "
                            + (inCache ? cache : s.fsRoot()));
        }
        return 0;
    }
}
