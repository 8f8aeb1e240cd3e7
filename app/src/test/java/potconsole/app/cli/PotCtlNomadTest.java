package potconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static potconsole.app.cli.PotCtlTest.potctl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import potconsole.app.cli.PotCtlTest.Run;

class PotCtlNomadTest {
    private static final String[] SEED = {
        "nomad-job",
        "--image",
        "https://pot-registry.zapto.org/registry",
        "--pot",
        "FBSD120-nginx",
        "--tag",
        "1.0",
        "--command",
        "nginx",
        "--args",
        "-g",
        "--args",
        "'daemon off;'",
        "--port-map",
        "http=80"
    };

    @Test
    void theSeedExampleAsHclAndJson() throws Exception {
        Run hcl = potctl(SEED);
        assertThat(hcl.exit()).as(hcl.err()).isZero();
        assertThat(hcl.out())
                .contains("pot          = \"FBSD120-nginx\"", "args         = [\"-g\", \"'daemon off;'\"]")
                .contains("port_map = {\n          http = \"80\"\n        }", "port \"http\" {}");

        String[] json = java.util.Arrays.copyOf(SEED, SEED.length + 2);
        json[SEED.length] = "--format";
        json[SEED.length + 1] = "json";
        Run r = potctl(json);
        JsonNode config = new ObjectMapper().readTree(r.out()).at("/Job/TaskGroups/0/Tasks/0/Config");
        assertThat(config.get("args").get(1).asText()).isEqualTo("'daemon off;'");
        assertThat(config.get("port_map").get(0).get("http").asText()).isEqualTo("80");
    }

    @Test
    void theSeedDocumentsOwnArgsExampleIsANoteNotARefusal() {
        Run r = potctl(
                "nomad-job",
                "--image",
                "https://pot-registry.zapto.org/registry",
                "--pot",
                "FBSD120-nginx",
                "--tag",
                "1.0",
                "--command",
                "nginx",
                "--args",
                "-g 'daemon off;'");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("args         = [\"-g 'daemon off;'\"]");
        assertThat(r.err())
                .startsWith("potctl: note: args: '-g 'daemon off;'' holds 2 words in one element; that works")
                .contains("appends every element to the command with a space")
                .contains("pot runs nginx -g 'daemon off;' either way");
    }

    @Test
    void mistakesAreRefusedWithTheDriversFieldNames() {
        Run r = potctl(
                "nomad-job",
                "--image",
                "https://r.example.org/FBSD120-nginx_1.0.xz",
                "--pot",
                "FBSD120-nginx",
                "--tag",
                "1.0",
                "--args",
                "-g 'daemon off;'",
                "--port-map",
                "http=");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .contains("potctl: image: the URL must end in the registry's base directory")
                .contains("potctl: args: args need a command")
                .contains("potctl: port_map: label http has no port");
        assertThat(potctl(
                                "nomad-job",
                                "--image",
                                "https://r.example.org",
                                "--pot",
                                "p",
                                "--tag",
                                "1",
                                "--port-map",
                                "80")
                        .err())
                .contains("is not LABEL=PORT");
    }
}
