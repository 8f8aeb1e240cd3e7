package potconsole.engine.ascode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import potconsole.engine.command.SetEnvCommand;
import potconsole.engine.command.ShellWords;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;
import potconsole.engine.exec.Privilege;
import potconsole.engine.flavour.FlavourFile;
import potconsole.engine.flavour.FlavourLinter;
import potconsole.engine.flavour.LintFinding;
import potconsole.engine.fleet.CopyCheck;
import potconsole.engine.model.Pot;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/** Each demo pot as code, created again from that code on a second sandbox, compared with the original. */
class PotAsCodeTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC);
    /** What a flavour cannot set (name, IP, host name) or pot keeps outside pot.conf (hook scripts). */
    private static final Set<String> NOT_FROM_A_FLAVOUR = Set.of("ip", "hostname", "hooks");

    private final PotService source = new PotService(SandboxHost.demoForTests(CLOCK), Privilege.NONE, CLOCK);
    private final SandboxHost second = SandboxHost.recordedHost(CLOCK);
    private final PotService target = new PotService(second, Privilege.NONE, CLOCK);

    @Test
    void everyDemoPotRecreatedFromItsFlavourHasTheSameConfiguration() {
        run("pot", "create-fscomp", "-f", "www-data");
        run("pot", "create-private-bridge", "-B", "backend", "-S", "4");
        // db first: nginx depends on it.
        for (String name : List.of("db", "web", "web-staging", "nginx", "multi", "demo", "batch")) {
            Pot original = source.inventory().pot(name).orElseThrow();
            PotAsCode.Result code = PotAsCode.of(original, true);
            assertThat(errors(code.flavour())).as(name + ": " + code.flavour()).isEmpty();
            second.installFlavour(code.flavourName(), Optional.of(code.flavour()), Optional.empty());
            code.cmdFlavour()
                    .ifPresent(cmd -> second.installFlavour(code.cmdFlavourName(), Optional.of(cmd), Optional.empty()));

            run(ShellWords.split(code.create()).toArray(String[]::new));
            code.after().forEach(line -> run(ShellWords.split(line).toArray(String[]::new)));

            Pot copy = target.inventory().pot(name).orElseThrow();
            assertThat(CopyCheck.compare(original, copy))
                    .as(name + " from " + code.create() + "\n" + code.flavour())
                    .allMatch(d -> NOT_FROM_A_FLAVOUR.contains(d.field()));
        }
    }

    @Test
    void aSecretLookingValueIsLeftOutAndSaidHowToAddItBack() {
        source.execute(new SetEnvCommand("db", List.of("DB_PASSWORD=hunter22")));
        Pot db = source.inventory().pot("db").orElseThrow();

        PotAsCode.Result masked = PotAsCode.of(db, false);
        PotAsCode.Result included = PotAsCode.of(db, true);

        assertThat(masked.flavour()).doesNotContain("hunter22").doesNotContain("DB_PASSWORD");
        assertThat(masked.notes())
                .anyMatch(n -> n.contains("DB_PASSWORD looks secret and was left out")
                        && n.contains("pot set-env -p db -E 'DB_PASSWORD=…'"));
        assertThat(included.flavour()).contains("set-env -E DB_PASSWORD=hunter22");
        assertThat(included.notes()).anyMatch(n -> n.contains("keep this file private"));
    }

    @Test
    void theSetCmdIsAFlavourOfItsOwnAppliedLast() {
        PotAsCode.Result web = PotAsCode.of(source.inventory().pot("web").orElseThrow(), false);

        assertThat(web.cmdFlavour()).contains("set-cmd -c nginx -g 'daemon off;'\n");
        assertThat(web.flavour()).doesNotContain("set-cmd");
        assertThat(web.create()).endsWith("-f web-as-code -f web-as-code-cmd");
        assertThat(web.after()).containsExactly("pot set-env -p web -E 'GREETING=hello world'");
        assertThat(web.script()).startsWith("#!/bin/sh\nset -e\npot create -p web -b 13.2 -t single");
    }

    /** The options zilti.pot documents for each module (ansible-zilti-pot.md); nothing else may be used. */
    private static final Map<String, Set<String>> MODULE_OPTIONS = Map.of(
            "zilti.pot.pot_jail",
            Set.of(
                    "name",
                    "state",
                    "ip",
                    "network_stack",
                    "network_type",
                    "bridge_name",
                    "base",
                    "pot",
                    "type",
                    "level",
                    "flavour",
                    "dns",
                    "mounts",
                    "ignore"),
            "zilti.pot.pot_base",
            Set.of("name", "release", "state", "ignore"),
            "zilti.pot.pot_fscomp",
            Set.of("name", "state", "ignore"),
            "zilti.pot.pot_bridge",
            Set.of("name", "size", "state", "ignore"),
            "ansible.builtin.copy",
            Set.of("dest", "mode", "content"));

    @Test
    @SuppressWarnings("unchecked")
    void thePlaybookIsYamlAndUsesOnlyDocumentedOptions() {
        for (String name : List.of("web", "nginx", "db", "multi")) {
            Pot pot = source.inventory().pot(name).orElseThrow();
            String yaml = AnsiblePlaybook.of(pot, PotAsCode.of(pot, false), "/usr/local/etc/pot/flavours");

            List<Map<String, Object>> plays = new Yaml().load(yaml);
            List<Map<String, Object>> tasks =
                    (List<Map<String, Object>>) plays.get(0).get("tasks");
            for (Map<String, Object> task : tasks) {
                String module = task.keySet().stream()
                        .filter(k -> !k.equals("name"))
                        .findFirst()
                        .orElseThrow();
                assertThat(MODULE_OPTIONS).as(yaml).containsKey(module);
                assertThat(((Map<String, Object>) task.get(module)).keySet())
                        .as(name + " " + module)
                        .isSubsetOf(MODULE_OPTIONS.get(module));
            }
            Map<String, Object> jail =
                    (Map<String, Object>) tasks.get(tasks.size() - 1).get("zilti.pot.pot_jail");
            assertThat(jail).containsEntry("name", name).containsEntry("flavour", name + "-as-code");
        }
    }

    private static List<LintFinding> errors(String flavour) {
        return FlavourLinter.lint(FlavourFile.parse(flavour)).stream()
                .filter(f -> f.severity() == LintFinding.Severity.ERROR)
                .toList();
    }

    private void run(String... argv) {
        CapturingListener out = new CapturingListener();
        ExecResult r = second.run(ExecRequest.of(argv), out);
        assertThat(r.exitCode())
                .as(String.join(" ", argv) + ": " + out.stderr() + out.stdout())
                .isZero();
    }
}
