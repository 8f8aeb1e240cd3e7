package potconsole.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.engine.build.BuildManifest;
import potconsole.engine.image.ImageName;
import potconsole.engine.image.RecentRegistries;
import potconsole.engine.image.Registry;
import potconsole.engine.image.RegistryEntry;

/** Lists an image registry directory, grouped by pot and ordered by version. */
@Command(
        name = "registry",
        description = "Image registries.",
        subcommands = {RegistryCmd.Ls.class})
final class RegistryCmd {
    @ParentCommand
    PotCtl root;

    @Command(
            name = "ls",
            description = "List the images of a registry: a directory here, an HTTP(S) listing or HOST:/DIR. Without"
                    + " one, list the registries used lately.")
    static final class Ls implements Callable<Integer> {
        @ParentCommand
        RegistryCmd parent;

        @Spec
        CommandSpec spec;

        @Parameters(
                index = "0",
                arity = "0..1",
                paramLabel = "DIR|URL|HOST:/DIR",
                description = "A registry directory here, an http(s):// directory listing (nginx/Apache autoindex), "
                        + "or a directory on the sandbox or a saved host (SFTP).")
        String registry;

        @Option(names = "--json", description = "As JSON, one object per image.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            RecentRegistries recent = RecentRegistries.standard();
            if (registry == null) {
                return listRecent(recent.list());
            }
            Registry opened = parent.root.registry(registry);
            List<RegistryEntry> entries = opened.list();
            Map<ImageName, BuildManifest> builds = RegistryBuilds.read(opened, entries);
            if (json) {
                Json.print(
                        spec,
                        entries.stream()
                                .map(e -> RegistryBuilds.json(json(e), builds.get(e.name())))
                                .toList());
            } else {
                printTable(entries);
                RegistryBuilds.print(spec.commandLine().getOut(), builds);
            }
            recent.remember(registry);
            return 0;
        }

        private int listRecent(List<String> used) {
            if (used.isEmpty()) {
                spec.commandLine().getErr().println("No registry used yet: potctl registry ls DIR|URL|HOST:/DIR");
            } else if (json) {
                Json.print(spec, used);
            } else {
                used.forEach(spec.commandLine().getOut()::println);
            }
            return 0;
        }

        private static Map<String, Object> json(RegistryEntry e) {
            return Json.obj(
                    "pot", e.name().pot(),
                    "tag", e.name().tag(),
                    "bytes", e.xzBytes(),
                    "meta", e.hasMeta(),
                    "skein", e.hasSkein(),
                    "signature", e.hasSignature(),
                    "origin",
                            e.meta()
                                    .flatMap(m -> m.origin())
                                    .map(o -> Json.obj("pot", o.pot(), "tag", o.tag(), "snapshot", o.snapshot())));
        }

        private void printTable(List<RegistryEntry> entries) {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-20s %-12s %12s  %-16s %s%n", "POT", "TAG", "BYTES", "FILES", "ORIGIN");
            for (RegistryEntry e : entries) {
                String files = "xz" + (e.hasMeta() ? " meta" : "") + (e.hasSkein() ? " skein" : "")
                        + (e.hasSignature() ? " sig" : "");
                String origin = e.meta()
                        .flatMap(m -> m.origin())
                        .map(o -> o.pot() + ":" + o.tag() + "@" + o.snapshot())
                        .orElse("-");
                out.printf(
                        "%-20s %-12s %12d  %-16s %s%n", e.name().pot(), e.name().tag(), e.xzBytes(), files, origin);
            }
        }
    }
}
