package potconsole.engine.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** copy-in, copy-out, mount-in, mount-out and set-hook: what crosses between host and pot. */
final class FileCommands {
    private FileCommands() {}

    static int copyIn(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvFcp:s:d:", args);
        Optional<SandboxPot> pot = ConfigCommands.pot(g, c, "copy-in");
        if (pot.isEmpty()) {
            return 1;
        }
        String source = g.value('s').orElse("");
        String dest = g.value('d').orElse("");
        if (!c.state().isFile(source) && !c.state().isDir(source)) {
            c.out().error("The source " + source + " is not a valid file or directory");
            return 1;
        }
        if (!dest.startsWith("/")) {
            c.out().error("The destination " + dest + " has to be an absolute path");
            return 1;
        }
        if (!c.requireRoot()) {
            return 1;
        }
        if (pot.get().running && !g.has('F')) {
            c.out().error("Copying files on a running pot is discouraged, use -F to force the copy");
            return 1;
        }
        byte[] content = c.state().hostFiles.getOrDefault(source, new byte[0]);
        pot.get().files.put(dest, new String(content, StandardCharsets.UTF_8));
        return 0;
    }

    static int copyOut(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvFp:s:d:", args);
        Optional<SandboxPot> pot = ConfigCommands.pot(g, c, "copy-out");
        if (pot.isEmpty()) {
            return 1;
        }
        String source = g.value('s').orElse("");
        String dest = g.value('d').orElse("");
        if (!c.state().isDir(dest)) {
            c.out().error("The destination " + dest + " is not a valid directory");
            return 1;
        }
        if (!c.requireRoot()) {
            return 1;
        }
        String content = pot.get().files.getOrDefault(source, "");
        c.state().hostFile(dest.replaceAll("/$", "") + "/" + source.substring(source.lastIndexOf('/') + 1), content);
        return 0;
    }

    static int mountIn(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvwrp:m:f:d:z:", args);
        Optional<SandboxPot> pot = ConfigCommands.pot(g, c, "mount-in");
        if (pot.isEmpty()) {
            return 1;
        }
        String mnt = g.value('m').orElse("");
        if (!mnt.startsWith("/") || mnt.equals("/") || mnt.contains(" ")) {
            c.out().error("The mountpoint is not valid!");
            return 1;
        }
        Optional<String> source = mountSource(g, c);
        if (source.isEmpty() || !c.requireRoot()) {
            return 1;
        }
        for (String line : pot.get().fscomp) {
            if (line.split(" ", -1).length > 1 && line.split(" ", -1)[1].equals(mnt)) {
                c.out().error("The mount point " + mnt + " is already in use");
                return 1;
            }
        }
        boolean ro = g.has('r');
        boolean remount = g.has('w') && !ro;
        pot.get().fscomp.add(source.get() + " " + mnt + " " + (ro ? "ro" : remount ? "zfs-remount" : ""));
        return 0;
    }

    /** What -f (an fscomp), -z (a dataset) or -d (a host directory, never with -w) mounts; empty after pot's error. */
    private static Optional<String> mountSource(Getopt g, Ctx c) {
        if (g.value('f').isPresent()) {
            if (!c.state().fscomps.containsKey(g.value('f').get())) {
                c.out().error("fscomp " + g.value('f').get() + " is not valid");
                return Optional.empty();
            }
            return Optional.of(c.state().zroot() + "/fscomp/" + g.value('f').get());
        }
        if (g.value('z').isPresent()) {
            return g.value('z');
        }
        if (g.value('d').isEmpty()) {
            c.out().error("One of -f, -d or -z is mandatory");
            return Optional.empty();
        }
        String source = g.value('d').get();
        if (!c.state().isDir(source)) {
            c.out().error("Directory " + source + " not valid, already used or already part of the pot");
            return Optional.empty();
        }
        if (g.has('w')) {
            c.out().error("zfs-remount (-w) cannot be used with directories (-d)");
            return Optional.empty();
        }
        return Optional.of(source);
    }

    static int mountOut(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvp:m:", args);
        Optional<SandboxPot> pot = ConfigCommands.pot(g, c, "mount-out");
        if (pot.isEmpty()) {
            return 1;
        }
        String mnt = g.value('m').orElse("");
        boolean inUse =
                pot.get().fscomp.stream().anyMatch(l -> l.split(" ", -1).length > 1 && l.split(" ", -1)[1].equals(mnt));
        if (!inUse) {
            c.out().error("The mount point " + mnt + " is not in use");
            return 1;
        }
        if (!c.requireRoot()) {
            return 1;
        }
        // pot-spec §10.10: pot's sed only removes legacy-form lines, so a current-form line stays behind.
        String legacy = c.state().fsRoot() + "/jails/" + pot.get().name + "/m" + mnt;
        pot.get().fscomp.removeIf(l -> l.split(" ", -1).length > 1 && l.split(" ", -1)[1].equals(legacy));
        return 0;
    }

    static int setHook(List<String> args, Ctx c) {
        Getopt g = Getopt.parse("hvp:s:S:t:T:", args);
        Optional<SandboxPot> pot = ConfigCommands.pot(g, c, "set-hook");
        if (pot.isEmpty()) {
            return 1;
        }
        int valid = 0;
        char[] flags = {'s', 'S', 't', 'T'};
        String[] names = {"prestart", "poststart", "prestop", "poststop"};
        if (!c.requireRoot()) {
            return 1;
        }
        for (int i = 0; i < flags.length; i++) {
            Optional<String> file = g.value(flags[i]);
            if (file.isEmpty()) {
                continue;
            }
            if (!c.state().isFile(file.get())) {
                c.out().error(file.get() + " not a valid hook");
                continue;
            }
            pot.get().hooks.put(names[i], new String(c.state().hostFiles.get(file.get()), StandardCharsets.UTF_8));
            valid++;
        }
        if (valid == 0) {
            c.out().error("No hooks provided - at least one hook as to be set");
            return 1;
        }
        return 0;
    }
}
