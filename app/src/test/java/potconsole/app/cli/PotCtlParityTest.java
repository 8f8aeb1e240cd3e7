package potconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import potconsole.engine.exec.HostFiles;
import potconsole.engine.exec.Privilege;
import potconsole.engine.model.EnvVar;
import potconsole.engine.model.FscompEntry;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.PortMapping;
import potconsole.engine.model.Pot;
import potconsole.engine.model.PotState;
import potconsole.engine.model.Snapshot;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/** pot's verbs in potctl, each run against one sandbox whose state is read back afterwards. */
class PotCtlParityTest {
    record Run(int exit, String out, String err) {}

    private final SandboxHost host =
            SandboxHost.demoForTests(Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));

    private Run potctl(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PotCtl.run(args, new PrintWriter(out, true), new PrintWriter(err, true), host);
        return new Run(exit, out.toString(), err.toString());
    }

    private Run ok(String... args) {
        Run r = potctl(args);
        assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isZero();
        return r;
    }

    private HostInventory inventory() {
        return new PotService(host, Privilege.NONE).inventory();
    }

    private Pot pot(String name) {
        return inventory().pot(name).orElseThrow(() -> new AssertionError(name + " is gone"));
    }

    private String hostFile(String path) throws IOException {
        HostFiles files = host.files().orElseThrow();
        try (InputStream in = files.read(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode json(Run r) throws IOException {
        return new ObjectMapper().readTree(r.out());
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void setCmdStoresTheCommandLineAsGiven() {
        ok("set-cmd", "web", "-c", "python3 -m http.server 8000");
        assertThat(pot("web").cmd()).contains("python3 -m http.server 8000");
        ok("set-cmd", "-p", "multi", "-c", "sh -c 'echo hi'");
        assertThat(pot("multi").cmd()).contains("sh -c 'echo hi'");
    }

    @Test
    void setRssTakesPotsLetters() {
        ok("set-rss", "web", "-C", "1");
        assertThat(pot("web").resources().cpus()).contains(1);
        ok("set-rss", "-p", "web", "-M", "256M");
        assertThat(pot("web").resources().memory()).contains("256M");
        assertThat(potctl("set-rss", "web", "-C", "0").exit()).isEqualTo(2);
        assertThat(potctl("set-rss", "web", "-C", "many").exit()).isEqualTo(2);
    }

    @Test
    void getRssSaysWhatPotSaid() {
        Run r = potctl("get-rss", "nginx", "--json");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("rctl");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void setEnvAddsVariables() {
        ok("set-env", "multi", "-E", "A=1", "-E", "B=two words");
        assertThat(pot("multi").env()).contains(new EnvVar("A", "1"), new EnvVar("B", "two words"));
        assertThat(potctl("set-env", "multi", "-E", "no-equals-sign").exit()).isEqualTo(2);
    }

    @Test
    void setHostsReplacesTheEntries() {
        ok("set-hosts", "web", "-H", "db.local:10.192.0.9", "-H", "cache:10.192.0.10");
        assertThat(pot("web").hosts())
                .extracting(h -> h.hostname() + "=" + h.ip())
                .containsExactly("db.local=10.192.0.9", "cache=10.192.0.10");
        assertThat(potctl("set-hosts", "web", "-H", "nocolon").exit()).isEqualTo(2);
    }

    @Test
    void setAttrTakesPotsLettersOrPositionals() {
        ok("set-attr", "-p", "web", "-A", "start-at-boot", "-V", "YES");
        assertThat(ok("get-attr", "-p", "web", "-A", "start-at-boot", "-q")
                        .out()
                        .strip())
                .isEqualTo("YES");
        ok("set-attr", "web", "start-at-boot", "NO");
        assertThat(pot("web")
                        .attributes()
                        .get(potconsole.engine.model.Attribute.byPotName("start-at-boot")
                                .orElseThrow()))
                .isEqualTo("NO");
        ok("set-attr", "web", "-A", "persistent", "NO");
        assertThat(pot("web")
                        .attributes()
                        .get(potconsole.engine.model.Attribute.byPotName("persistent")
                                .orElseThrow()))
                .isEqualTo("NO");
        assertThat(potctl("set-attr", "web", "persistent").exit()).isEqualTo(2);
        assertThat(potctl("set-attr", "-p", "web", "-A", "persistent", "-V", "YES", "extra")
                        .exit())
                .isEqualTo(2);
    }

    @Test
    void getAttrPrintsTheValue() {
        Run r = ok("get-attr", "web", "-A", "no-rc-script", "-q");
        assertThat(r.out().strip()).isEqualTo("YES");
        assertThat(potctl("get-attr", "web", "-A", "no-such-attr").exit()).isEqualTo(2);
    }

    @Test
    void exportPortsReplacesThePorts() {
        ok("export-ports", "web", "-e", "80:8080", "-e", "udp:53");
        assertThat(pot("web").exportedPorts()).extracting(PortMapping::spec).containsExactly("80:8080", "udp:53");
        assertThat(potctl("export-ports", "web", "-e", "http").exit()).isEqualTo(2);
    }

    @Test
    void addDepRecordsTheDependency() {
        ok("add-dep", "web", "-P", "db");
        assertThat(pot("web").dependencies()).contains("db");
    }

    @Test
    void copyInThenCopyOutRoundTripsAFile() throws IOException {
        ok("copy-in", "web", "-s", "/usr/local/etc/pot-hooks/web-prestart.sh", "-d", "/root/prestart.sh");
        ok("copy-out", "web", "-s", "/root/prestart.sh", "-d", "/tmp/images");
        assertThat(hostFile("/tmp/images/prestart.sh")).isEqualTo("echo preparing web\n");
        Run running = potctl("copy-in", "nginx", "-s", "/usr/local/etc/pot-hooks/web-prestart.sh", "-d", "/x");
        assertThat(running.exit()).isEqualTo(1);
        assertThat(running.err()).contains("-F");
    }

    @Test
    void mountInAndMountOut() {
        ok("mount-in", "multi", "-f", "www-data", "-m", "/srv/www", "-r");
        assertThat(pot("multi").fscomps()).extracting(FscompEntry::mountPoint).contains("/srv/www");
        // pot 0.16.0 only removes legacy-form lines (pot-spec §10.10): the entry stays, and potctl says so.
        Run out = ok("mount-out", "multi", "-m", "/srv/www");
        assertThat(out.err()).contains("still lists /srv/www");
        assertThat(pot("multi").fscomps()).extracting(FscompEntry::mountPoint).contains("/srv/www");
        Run notMounted = potctl("mount-out", "multi", "-m", "/nowhere");
        assertThat(notMounted.exit()).isEqualTo(1);
        assertThat(notMounted.err()).contains("not in use");
        assertThat(potctl("mount-in", "multi", "-m", "/a", "-f", "www-data", "-d", "/tmp")
                        .exit())
                .isEqualTo(2);
        assertThat(potctl("mount-in", "multi", "-m", "/a", "-d", "/tmp", "-w").exit())
                .isEqualTo(2);
    }

    @Test
    void setHookRecordsTheScript() {
        ok("set-hook", "multi", "-S", "/usr/local/etc/pot-hooks/web-prestart.sh");
        assertThat(pot("multi").hooks()).contains("poststart");
        assertThat(potctl("set-hook", "multi").exit()).isEqualTo(2);
    }

    @Test
    void cloneMakesANewPotFromTheSource() {
        ok("clone", "web2", "-P", "web");
        Pot clone = pot("web2");
        assertThat(clone.state()).isEqualTo(PotState.STOPPED);
        assertThat(clone.cmd()).isEqualTo(pot("web").cmd());
        assertThat(potctl("clone", "web", "-P", "web").exit()).isEqualTo(2);
    }

    @Test
    void renameMovesThePot() {
        ok("rename", "multi", "-n", "multi2");
        assertThat(inventory().pot("multi")).isEmpty();
        assertThat(pot("multi2").name()).isEqualTo("multi2");
        assertThat(potctl("rename", "multi2", "-n", "bad.name").exit()).isEqualTo(2);
    }

    @Test
    void restartStartsAStoppedPotAndRestartsARunningOne() {
        ok("restart", "web");
        assertThat(pot("web").state()).isEqualTo(PotState.RUNNING);
        ok("restart", "-p", "web");
        assertThat(pot("web").state()).isEqualTo(PotState.RUNNING);
    }

    @Test
    void purgeSnapshotsSaysWhatIsLostAndNeedsYesWithoutATerminal() {
        List<Snapshot> before = pot("nginx").snapshots().stream().sorted().toList();
        assertThat(before).hasSize(2);
        Run refused = potctl("purge-snapshots", "-p", "nginx");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains(before.get(0).name(), "--yes");
        assertThat(pot("nginx").snapshots()).hasSize(2);

        ok("purge-snapshots", "-p", "nginx", "--yes");
        assertThat(pot("nginx").snapshots()).containsExactly(before.get(1));
    }

    @Test
    void purgeSnapshotsRefusesUpFrontWhenACloneNeedsOne() {
        // web-staging was cloned from web's only snapshot: purging all of them would fail in ZFS.
        assertThat(pot("web-staging").origin()).isPresent();
        int before = pot("web").snapshots().size();
        Run blocked = potctl("purge-snapshots", "-p", "web", "-a", "--yes");
        assertThat(blocked.exit()).isEqualTo(1);
        assertThat(blocked.err()).contains("web-staging", "cloned");
        assertThat(pot("web").snapshots()).hasSize(before);
    }

    @Test
    void revertNeedsYesWithoutATerminal() {
        ok("set-cmd", "web", "-c", "changed");
        Run refused = potctl("revert", "web");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("changes made since then are lost");
        assertThat(pot("web").cmd()).contains("changed");
        ok("revert", "web", "--yes");
        assertThat(pot("web").cmd()).contains("nginx -g 'daemon off;'");
    }

    @Test
    void pruneListsThenNeedsYes() {
        ok("set-attr", "multi", "prunable", "YES");
        assertThat(ok("prune", "-n").out()).isEmpty();
        ok("start", "multi");
        ok("stop", "multi");
        assertThat(ok("prune", "-n").out().lines().toList()).containsExactly("multi");
        Run refused = potctl("prune");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("multi");
        assertThat(inventory().pot("multi")).isPresent();
        ok("add-dep", "web", "-P", "multi");
        assertThat(potctl("prune").err()).contains("web depend on a pruned pot");
        ok("prune", "--yes");
        assertThat(inventory().pot("multi")).isEmpty();
        assertThat(inventory().pot("web")).isPresent();
    }

    @Test
    void psListsTheRunningPots() throws IOException {
        assertThat(ok("ps", "-q").out().lines().toList()).contains("nginx", "db");
        JsonNode ps = json(ok("ps", "--json"));
        assertThat(keys(ps)).containsExactly("network", "running");
        List<String> running = new ArrayList<>();
        ps.path("running").forEach(n -> running.add(n.asText()));
        assertThat(running)
                .containsAll(inventory().runningJails().stream()
                        .filter(j -> !j.isEmpty())
                        .toList());
        assertThat(running).contains("nginx", "db").doesNotContain("web");
    }

    @Test
    void showAsJson() throws IOException {
        JsonNode show = json(ok("show", "-p", "nginx", "--json"));
        assertThat(show.isArray()).isTrue();
        assertThat(show.get(0).path("name").asText()).isEqualTo("nginx");
        assertThat(keys(show.get(0)).subList(0, 2)).containsExactly("name", "disk");
    }

    @Test
    void configAsJsonInTheOrderAsked() throws IOException {
        JsonNode all = json(ok("config", "--json"));
        assertThat(keys(all))
                .containsExactly(
                        "fs_root", "zfs_root", "gateway", "syslogd", "pot_prefix", "fscomp_prefix", "network_stack");
        assertThat(all.path("fs_root").asText()).isEqualTo("/opt/pot");
        assertThat(ok("config", "-g", "zfs_root", "-q").out().strip())
                .isEqualTo(all.path("zfs_root").asText());
        assertThat(potctl("config", "-g", "root_password").exit()).isEqualTo(2);
    }

    @Test
    void lastRunStatsOfTheFailedBatchRun() throws IOException {
        assertThat(json(ok("last-run-stats", "batch", "--json"))
                        .path("ExitCode")
                        .asInt())
                .isEqualTo(3);
        assertThat(ok("last-run-stats", "batch").out()).contains("3");
        assertThat(pot("batch").lastRun().orElseThrow().exitCode()).hasValue(3);
    }

    @Test
    void updateConfig() {
        ok("update-config", "web");
        ok("update-config", "-a");
        assertThat(pot("web").cmd()).contains("nginx -g 'daemon off;'");
        assertThat(potctl("update-config").exit()).isEqualTo(2);
    }

    @Test
    void createBaseFscompAndPrivateBridge() {
        ok("create-base", "-r", "14.1");
        assertThat(inventory().bases()).extracting(b -> b.name()).contains("14.1");
        ok("create-fscomp", "-f", "logs");
        assertThat(inventory().fscomps()).extracting(f -> f.name()).contains("logs");
        ok("create-private-bridge", "-B", "front", "-S", "4");
        assertThat(inventory().bridges()).extracting(b -> b.name()).contains("front");
        assertThat(potctl("create-base", "-r", "13.2; reboot").exit()).isEqualTo(2);
    }

    @Test
    void termWithoutATerminalIsAUsageError() {
        Run r = potctl("term", "nginx");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("needs a terminal");
    }

    @Test
    void termPumpsASessionWithTheSandboxShell() throws Exception {
        PotService service = new PotService(host, Privilege.NONE);
        java.io.ByteArrayOutputStream shown = new java.io.ByteArrayOutputStream();
        int exit = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20),
                () -> TermCmd.session(
                        service.openTty(new potconsole.engine.command.TermCommand("nginx"), 80, 24),
                        new java.io.ByteArrayInputStream(
                                "echo hello-from-term\nexit\n".getBytes(StandardCharsets.UTF_8)),
                        shown));
        assertThat(exit).isZero();
        assertThat(shown.toString(StandardCharsets.UTF_8)).contains("root@", "hello-from-term");
    }

    @Test
    void lsAndInfoAsJsonInPotsWords() throws IOException {
        JsonNode ls = json(ok("ls", "--json"));
        JsonNode nginx = null;
        for (JsonNode p : ls) {
            if (p.path("name").asText().equals("nginx")) {
                nginx = p;
            }
        }
        assertThat(nginx).isNotNull();
        assertThat(keys(nginx).subList(0, 4)).containsExactly("name", "state", "type", "level");
        assertThat(nginx.path("state").asText()).isEqualTo("started");
        assertThat(nginx.path("type").asText()).isEqualTo("single");
        assertThat(nginx.path("network-type").asText()).isEqualTo("public-bridge");
        assertThat(nginx.path("ports").get(0).asText()).isEqualTo("80:8080");
        assertThat(nginx.path("depends").get(0).asText()).isEqualTo("db");

        JsonNode info = json(ok("info", "web", "--json"));
        assertThat(keys(info).get(0)).isEqualTo("name");
        assertThat(info.path("name").asText()).isEqualTo("web");
        assertThat(info.path("active").asBoolean()).isFalse();
        assertThat(info.path("snapshots").size()).isPositive();
    }

    @Test
    void hostsRegistryAndVerifyAsJson(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        String hosts = dir.resolve("hosts.json").toString();
        ok("--hosts-file", hosts, "hosts", "add", "fbsd1", "10.0.0.5", "--user", "admin", "--tag", "prod");
        JsonNode saved = json(ok("--hosts-file", hosts, "hosts", "ls", "--json"));
        assertThat(keys(saved.get(0))).containsExactly("name", "address", "port", "user", "privilege", "tags");
        assertThat(saved.get(0).path("user").asText()).isEqualTo("admin");
        assertThat(saved.get(0).path("tags").get(0).asText()).isEqualTo("prod");

        java.nio.file.Path images = java.nio.file.Files.createDirectory(dir.resolve("images"));
        ok("export", "web", "--tag", "2.0", "--to-local", images.toString());
        JsonNode registry = json(ok("registry", "ls", images.toString(), "--json"));
        assertThat(registry.get(0).path("pot").asText()).isEqualTo("web");
        assertThat(registry.get(0).path("tag").asText()).isEqualTo("2.0");
        assertThat(registry.get(0).path("bytes").asLong())
                .isEqualTo(java.nio.file.Files.size(images.resolve("web_2.0.xz")));

        JsonNode verify = json(ok("verify", images.resolve("web_2.0.xz").toString(), "--json"));
        assertThat(keys(verify)).containsExactly("image", "passed", "checks");
        assertThat(verify.path("passed").asBoolean()).isTrue();
        assertThat(keys(verify.path("checks").get(0))).containsExactly("name", "status", "detail");
    }

    @Test
    void namingThePotTwiceDifferentlyIsAUsageError() {
        assertThat(potctl("set-cmd", "web", "-p", "multi", "-c", "x").exit()).isEqualTo(2);
        assertThat(potctl("set-cmd", "-c", "x").exit()).isEqualTo(2);
        assertThat(pot("web").cmd()).contains("nginx -g 'daemon off;'");
    }

    @Test
    void hostileValuesAreRefusedOrStoredLiterallyAndNeverRun() throws IOException {
        String canary = "/tmp/CANARY";
        List<String> hostile = List.of(
                "$(touch " + canary + ")",
                "`touch " + canary + "`",
                "x; touch " + canary,
                "a\ntouch " + canary,
                "it's \"quoted\"");
        List<List<String>> verbs = new ArrayList<>();
        for (String v : hostile) {
            verbs.add(List.of("set-cmd", "web", "-c", v));
            verbs.add(List.of("set-env", "web", "-E", "V=" + v));
            verbs.add(List.of("set-rss", "web", "-M", v));
            verbs.add(List.of("set-hosts", "web", "-H", "h:" + v));
            verbs.add(List.of("export-ports", "web", "-e", v));
            verbs.add(List.of("add-dep", "web", "-P", v));
            verbs.add(List.of("copy-in", "web", "-s", v, "-d", "/x"));
            verbs.add(List.of("copy-out", "web", "-s", "/x", "-d", v));
            verbs.add(List.of("mount-in", "web", "-d", v, "-m", "/m"));
            verbs.add(List.of("mount-out", "web", "-m", v));
            verbs.add(List.of("set-hook", "web", "-s", v));
            verbs.add(List.of("clone", v, "-P", "web"));
            verbs.add(List.of("rename", "web", "-n", v));
            verbs.add(List.of("get-attr", "web", "-A", v));
            verbs.add(List.of("create-base", "-r", v));
            verbs.add(List.of("create-fscomp", "-f", v));
            verbs.add(List.of("create-private-bridge", "-B", v, "-S", "2"));
            verbs.add(List.of("config", "-g", v));
            verbs.add(List.of("purge-snapshots", "-p", v, "--yes"));
            verbs.add(List.of("set-hook", "web", "-T", v));
            verbs.add(List.of("mount-in", "web", "-z", v, "-m", "/m"));
            verbs.add(List.of("mount-in", "web", "-f", v, "-m", "/m"));
            verbs.add(List.of("copy-in", "web", "-s", "/usr/local/etc/pot-hooks/web-prestart.sh", "-d", v));
            verbs.add(List.of("clone", "c1", "-P", "web", "-s", v));
            verbs.add(List.of("clone", "c2", "-P", "web", "-N", "alias", "-i", v));
            verbs.add(List.of("clone", "c3", "-P", "web", "-d", v));
            verbs.add(List.of("clone", "c4", "-P", "web", "-f", v));
            verbs.add(List.of("create-base", "-r", "14.1", "-b", v));
            verbs.add(List.of("set-attr", "web", "exec_stop", v));
            verbs.add(List.of("show", "-p", v));
            verbs.add(List.of("last-run-stats", v));
            verbs.add(List.of("restart", v));
            verbs.add(List.of("update-config", v));
            verbs.add(List.of("get-rss", v));
            verbs.add(List.of("set-rss", "web", "-C", v));
            verbs.add(List.of("set-hook", "web", "-S", v));
            verbs.add(List.of("set-hook", "web", "-t", v));
            verbs.add(List.of("create-private-bridge", "-B", "b1", "-S", v));
            verbs.add(List.of("purge-snapshots", "-f", v, "--yes"));
            verbs.add(List.of("create", v, "-b", "13.2"));
            verbs.add(List.of("create", "n1", "-b", v));
            verbs.add(List.of("create", "n2", "-b", "13.2", "-f", v));
            verbs.add(List.of("create", "n3", "-b", "13.2", "-N", "alias", "-i", v));
            verbs.add(List.of("create", "n4", "-b", "13.2", "-N", v));
            for (String verb : List.of("info", "start", "stop", "snapshot", "term")) {
                verbs.add(List.of(verb, v));
                verbs.add(List.of(verb, "-p", v));
            }
            verbs.add(List.of("revert", "-p", v, "--yes"));
            verbs.add(List.of("export", "-p", v, "--tag", "1.0"));
            verbs.add(List.of("destroy", "--yes", v));
            verbs.add(List.of("exec", v, "hostname"));
            verbs.add(List.of("export", "web", "--tag", v));
            verbs.add(List.of("import", v, "--tag", "1.0", "--url", "file:///tmp/images"));
            verbs.add(List.of("import", "web", "--tag", v, "--url", "file:///tmp/images"));
            verbs.add(List.of("import", "web", "--tag", "1.0", "--url", v));
        }
        for (List<String> args : verbs) {
            Run r = potctl(args.toArray(String[]::new));
            // 2: refused before sending; 1: sent as one literal argument and refused by pot; 0: stored literally.
            assertThat(r.exit()).as(args + " " + r.err()).isIn(0, 1, 2);
            if (r.exit() == 0) {
                // Stored: it must read back exactly as given.
                Pot web = pot("web");
                String v = args.get(3);
                switch (args.get(0)) {
                    case "set-cmd" -> assertThat(web.cmd()).contains(v);
                    case "set-env" -> assertThat(web.env()).contains(new EnvVar("V", v.substring(2)));
                    case "set-attr" ->
                        assertThat(web.attributes()
                                        .get(potconsole.engine.model.Attribute.byPotName("exec_stop")
                                                .orElseThrow()))
                                .isEqualTo(args.get(3));
                    default -> throw new AssertionError(args + " was accepted");
                }
            }
            assertThat(host.files().orElseThrow().list("/tmp"))
                    .as(args.toString())
                    .noneMatch(e -> e.name().equals("CANARY"));
            assertThat(java.nio.file.Files.exists(java.nio.file.Path.of(canary)))
                    .isFalse();
        }
    }
}
