package potconsole.app.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import potconsole.app.cli.agent.AgentClient;
import potconsole.app.cli.agent.AgentPaths;
import potconsole.app.cli.agent.Forwarding;

/** Which runs go to potctl's agent, where its socket may live, and what its client side may use. */
class AgentForwardingTest {
    @TempDir
    Path dir;

    @Test
    void everyVerbIsForwardedOrRunHereAndEveryForwardedOneThatConfirmsIsKnown() {
        for (Class<?> verb : PotCtl.SUBCOMMANDS) {
            String name = verb.getAnnotation(Command.class).name();
            assertThat(Forwarding.FORWARDED.contains(name) ^ Forwarding.IN_PROCESS.contains(name))
                    .as(name + " in exactly one list")
                    .isTrue();
            boolean confirms = Arrays.stream(verb.getDeclaredFields())
                    .map(f -> f.getAnnotation(Option.class))
                    .filter(Objects::nonNull)
                    .anyMatch(o -> List.of(o.names()).contains("--yes"));
            if (confirms && Forwarding.FORWARDED.contains(name)) {
                assertThat(Forwarding.CONFIRMING).as(name).contains(name);
            }
        }
    }

    @Test
    void whatStaysInItsOwnProcess() {
        Map<String, String> none = Map.of();
        assertThat(Forwarding.verb(List.of("--host", "ls", "--json", "info", "web")))
                .isEqualTo("info");
        assertThat(Forwarding.allowed(List.of("--host", "h", "ls"), true, none)).isTrue();
        assertThat(Forwarding.allowed(List.of("term", "web"), false, none)).isFalse();
        assertThat(Forwarding.allowed(List.of("destroy", "web"), true, none))
                .as("asks on the terminal")
                .isFalse();
        assertThat(Forwarding.allowed(List.of("destroy", "web", "-y"), true, none))
                .isTrue();
        assertThat(Forwarding.allowed(List.of("destroy", "web"), false, none))
                .as("needs --yes anyway")
                .isTrue();
        assertThat(Forwarding.allowed(List.of("ls"), false, Map.of("POTCTL_AGENT", "off")))
                .isFalse();
    }

    @Test
    void theClientSideNamesJdkClassesOnly() {
        JavaClasses client = new ClassFileImporter().importPackages("potconsole.app.cli.agent");
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("java..", "potconsole.app.cli.agent..")
                .check(client);
    }

    @Test
    void theSocketDirectoryIsPrivateAndAnOpenOneIsRefused() throws IOException {
        Map<String, String> fresh =
                Map.of("XDG_RUNTIME_DIR", dir.resolve("fresh").toString());
        Path made = AgentPaths.makeDirectory(fresh);
        Path socket = made.resolve(AgentPaths.SOCKET);
        AgentServer agent = AgentServer.bind(socket, Duration.ofMinutes(1), fresh);
        assertThat(Files.getPosixFilePermissions(made)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(socket)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        agent.stop();
        assertThat(socket).doesNotExist();
        Map<String, String> open = Map.of("XDG_RUNTIME_DIR", dir.resolve("open").toString());
        Files.createDirectories(AgentPaths.directory(open));
        Files.setPosixFilePermissions(AgentPaths.directory(open), PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThatThrownBy(() -> AgentPaths.makeDirectory(open)).hasMessageContaining("not a private directory");
        assertThat(AgentClient.connect(AgentPaths.socket(open))).isNull();
    }
}
