package potconsole.app.nomad;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import potconsole.engine.model.Pot;
import potconsole.engine.model.PotConfig;
import potconsole.engine.nomad.NomadDefaults;
import potconsole.engine.nomad.NomadHcl;
import potconsole.engine.nomad.NomadJob;

class NomadJobViewModelTest {
    @Test
    void theFormBuildsTheSeedExampleAndShowsThePortsBothWays() {
        NomadJobViewModel model = new NomadJobViewModel(
                NomadJob.forImage("https://pot-registry.zapto.org/registry", "FBSD120-nginx", "1.0"));

        model.commandProperty().set("nginx");
        model.argsProperty().set("-g\n'daemon off;'\n");
        model.portMapProperty().set("http = \"80\"\n");

        assertThat(model.problemsProperty().get()).isEmpty();
        assertThat(model.job().args()).containsExactly("-g", "'daemon off;'");
        assertThat(model.hclProperty().get()).contains("port_map = {\n          http = \"80\"\n        }");
        assertThat(model.portsProperty().get())
                .isEqualTo("host port ${NOMAD_HOST_PORT_http} (dynamic, label http)  →  port 80 inside the pot");
        assertThat(model.jsonProperty().get()).contains("\"port_map\" : [ {");
    }

    @Test
    void severalWordsInOneArgsLineAreANoteAndTheJobStaysUsable() {
        NomadJobViewModel model = new NomadJobViewModel(
                NomadJob.forImage("https://pot-registry.zapto.org/registry", "FBSD120-nginx", "1.0"));

        model.commandProperty().set("nginx");
        model.argsProperty().set("-g 'daemon off;'\n");

        assertThat(model.problemsProperty().get()).isEmpty();
        assertThat(model.notesProperty().get())
                .singleElement()
                .asString()
                .startsWith("args: '-g 'daemon off;'' holds 2 words in one element; that works");
    }

    @Test
    void aLabelWithoutAPortAndAMissingTagAreProblems() {
        NomadJobViewModel model = new NomadJobViewModel(NomadJob.forImage("https://r.example.org", "web", "1.0"));

        model.portMapProperty().set("http\n");
        model.tagProperty().set("");

        assertThat(model.problemsProperty().get())
                .extracting(Object::toString)
                .contains("port_map: label http has no port: give the port inside the pot")
                .anyMatch(p -> p.startsWith("tag: the image tag is missing"));
    }

    @Test
    void aPotGivesItsCommandAndExportedPortsAsDefaults() {
        Pot pot = Pot.fromConfig(
                "web", PotConfig.parse("pot.cmd=nginx -g 'daemon off;'\npot.export.ports=80:8080 udp:53\n"), List.of());

        NomadJob job = NomadDefaults.fromPot(pot, "https://r.example.org", "web", "1.0");

        assertThat(job.command()).contains("nginx");
        assertThat(job.args()).containsExactly("-g", "'daemon off;'");
        assertThat(job.portMap()).containsEntry("http", "80").containsEntry("port53", "53");
        assertThat(NomadHcl.render(job)).contains("port \"http\" {}", "port \"port53\" {}");
    }
}
