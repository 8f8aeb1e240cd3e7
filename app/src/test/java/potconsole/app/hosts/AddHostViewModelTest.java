package potconsole.app.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import potconsole.app.connect.Connections;
import potconsole.engine.exec.Privilege;
import potconsole.engine.host.HostProfile;

/** The add/edit host form without a toolkit. */
class AddHostViewModelTest {
    @Test
    void aCompleteFormMakesTheProfile() {
        AddHostViewModel model = new AddHostViewModel(Optional.empty());
        model.nameProperty().set(" fbsd1 ");
        model.addressProperty().set("10.0.0.5");
        model.portProperty().set("2222");
        model.userProperty().set("ops");
        model.privilegeProperty().set(Privilege.SUDO);
        model.tagsProperty().set("prod, eu  lab");

        HostProfile p = model.accept().orElseThrow();

        assertThat(p.name()).isEqualTo("fbsd1");
        assertThat(p.port()).contains(2222);
        assertThat(p.user()).contains("ops");
        assertThat(p.identity()).isEmpty();
        assertThat(p.privilege()).isEqualTo(Privilege.SUDO);
        assertThat(p.tags()).containsExactly("prod", "eu", "lab");
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.title()).isEqualTo("Add host");
        assertThat(model.okLabel()).isEqualTo("Add");
        assertThat(model.editing()).isFalse();
    }

    @Test
    void aPortThatIsNotANumberKeepsTheFormOpenWithTheReason() {
        AddHostViewModel model = new AddHostViewModel(Optional.empty());
        model.nameProperty().set("fbsd1");
        model.addressProperty().set("fbsd1.example.org");
        model.portProperty().set("ssh");

        assertThat(model.accept()).isEmpty();
        assertThat(model.problemProperty().get()).isEqualTo("The port must be a number");

        model.portProperty().set("");
        assertThat(model.accept()).isPresent();
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void aNamePotRefusesIsTheProblem() {
        AddHostViewModel model = new AddHostViewModel(Optional.empty());
        model.nameProperty().set("sandbox");
        model.addressProperty().set("h");

        assertThat(model.accept()).isEmpty();
        assertThat(model.problemProperty().get()).contains("cannot name a host");
    }

    @Test
    void aKeyFileUnderTheHomeDirectoryIsExpanded() {
        AddHostViewModel model = new AddHostViewModel(Optional.empty());
        model.nameProperty().set("fbsd1");
        model.addressProperty().set("h");
        model.keyProperty().set("~/.ssh/id_ed25519");

        assertThat(model.profile().identity()).contains(Connections.userHome() + "/.ssh/id_ed25519");
    }

    @Test
    void editingFillsTheFormFromTheProfileAndKeepsItsName() {
        HostProfile old = new HostProfile(
                "fbsd1",
                "10.0.0.5",
                Optional.of(22),
                Optional.of("ops"),
                Optional.of("/keys/id"),
                Privilege.DOAS,
                List.of("prod", "eu"));
        AddHostViewModel model = new AddHostViewModel(Optional.of(old));

        assertThat(model.editing()).isTrue();
        assertThat(model.title()).isEqualTo("Edit host");
        assertThat(model.header()).isEqualTo("Edit fbsd1");
        assertThat(model.okLabel()).isEqualTo("Save");
        assertThat(model.portProperty().get()).isEqualTo("22");
        assertThat(model.tagsProperty().get()).isEqualTo("prod, eu");
        assertThat(model.profile()).isEqualTo(old);
    }
}
