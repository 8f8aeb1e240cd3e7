package potconsole.engine.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.exec.Privilege;

class HostStoreTest {
    @TempDir
    Path dir;

    private static HostProfile profile(String name) {
        return new HostProfile(
                name,
                "10.0.0.5",
                Optional.of(2222),
                Optional.of("admin"),
                Optional.of("/home/a/.ssh/id_ed25519"),
                Privilege.SUDO,
                List.of("prod", "eu"));
    }

    @Test
    void profilesSurviveARoundTripAndReplaceByName() throws Exception {
        HostStore store = new HostStore(dir.resolve("pot-console/hosts.json"));
        assertThat(store.load()).isEmpty();
        store.put(profile("web1"));
        store.put(profile("db1"));
        store.put(new HostProfile(
                "web1",
                "web1.example.org",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Privilege.NONE,
                List.of()));
        List<HostProfile> loaded = new HostStore(store.file()).load();
        assertThat(loaded).extracting(HostProfile::name).containsExactly("db1", "web1");
        assertThat(loaded.get(0)).isEqualTo(profile("db1"));
        assertThat(loaded.get(1).address()).isEqualTo("web1.example.org");
        assertThat(Files.getPosixFilePermissions(store.file())).hasSize(2);
        try (var files = Files.list(store.file().getParent())) {
            assertThat(files.toList()).as("no temp file left").hasSize(1);
        }
        store.remove("db1");
        assertThat(store.load()).extracting(HostProfile::name).containsExactly("web1");
        assertThatThrownBy(() -> store.remove("nope")).isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void badProfilesAreRefusedWithAReason() {
        assertThatThrownBy(() -> profile("bad name")).hasMessageContaining("cannot name a host");
        assertThatThrownBy(() -> profile("sandbox")).hasMessageContaining("taken");
        assertThatThrownBy(() -> new HostProfile(
                        "x", "a b", Optional.empty(), Optional.empty(), Optional.empty(), Privilege.NONE, List.of()))
                .hasMessageContaining("address");
        assertThatThrownBy(() -> new HostProfile(
                        "x", "h", Optional.of(70000), Optional.empty(), Optional.empty(), Privilege.NONE, List.of()))
                .hasMessageContaining("70000");
    }

    @Test
    void theDefaultFileFollowsXdg() {
        assertThat(HostStore.defaultFile().toString()).endsWith("pot-console/hosts.json");
    }
}
