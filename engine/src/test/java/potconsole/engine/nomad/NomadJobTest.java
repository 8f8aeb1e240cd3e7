package potconsole.engine.nomad;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NomadJobTest {
    /** The seed document's example: FBSD120-nginx 1.0, nginx -g 'daemon off;', public-bridge, http = "80". */
    static NomadJob seed() {
        return NomadJob.forImage("https://pot-registry.zapto.org/registry", "FBSD120-nginx", "1.0")
                .withCommand(Optional.of("nginx"), List.of("-g", "'daemon off;'"))
                .withPortMap(Map.of("http", "80"));
    }

    @Test
    void theSeedExampleAsHcl() {
        String hcl = NomadHcl.render(seed());

        assertThat(hcl).isEqualTo("""
                        job "fbsd120-nginx" {
                          datacenters = ["dc1"]
                          type        = "service"

                          group "fbsd120-nginx" {
                            count = 1

                            task "fbsd120-nginx" {
                              driver = "pot"

                              config {
                                image        = "https://pot-registry.zapto.org/registry"
                                pot          = "FBSD120-nginx"
                                tag          = "1.0"
                                command      = "nginx"
                                args         = ["-g", "'daemon off;'"]
                                network_mode = "public-bridge"
                                port_map = {
                                  http = "80"
                                }
                              }

                              resources {
                                cpu    = 200
                                memory = 64

                                network {
                                  mbits = 10
                                  port "http" {}
                                }
                              }
                            }
                          }
                        }
                        """);
        assertThat(NomadJobCheck.problems(seed())).isEmpty();
    }

    @Test
    void theSeedExampleAsJsonParsesIntoTheApiStructure() throws Exception {
        JsonNode root = new ObjectMapper().readTree(NomadJson.render(seed()));

        JsonNode job = root.get("Job");
        assertThat(job.get("ID").asText()).isEqualTo("fbsd120-nginx");
        assertThat(job.get("Type").asText()).isEqualTo("service");
        assertThat(job.get("Datacenters").get(0).asText()).isEqualTo("dc1");
        JsonNode group = job.get("TaskGroups").get(0);
        assertThat(group.get("Count").asInt()).isEqualTo(1);
        JsonNode task = group.get("Tasks").get(0);
        assertThat(task.get("Driver").asText()).isEqualTo("pot");
        JsonNode config = task.get("Config");
        assertThat(config.get("image").asText()).isEqualTo("https://pot-registry.zapto.org/registry");
        assertThat(config.get("pot").asText()).isEqualTo("FBSD120-nginx");
        assertThat(config.get("tag").asText()).isEqualTo("1.0");
        assertThat(config.get("command").asText()).isEqualTo("nginx");
        assertThat(config.get("args")).hasSize(2);
        assertThat(config.get("args").get(0).asText()).isEqualTo("-g");
        assertThat(config.get("args").get(1).asText()).isEqualTo("'daemon off;'");
        assertThat(config.get("network_mode").asText()).isEqualTo("public-bridge");
        assertThat(config.get("port_map").get(0).get("http").asText()).isEqualTo("80");
        assertThat(config.has("copy")).isFalse();
        JsonNode resources = task.get("Resources");
        assertThat(resources.get("CPU").asInt()).isEqualTo(200);
        assertThat(resources.get("MemoryMB").asInt()).isEqualTo(64);
        assertThat(resources
                        .get("Networks")
                        .get(0)
                        .get("DynamicPorts")
                        .get(0)
                        .get("Label")
                        .asText())
                .isEqualTo("http");
    }

    @Test
    void everyListFieldIsRenderedInBothFormats() throws Exception {
        NomadJob job = new NomadJob(
                "web",
                List.of("dc1", "dc2"),
                "g",
                3,
                "t",
                "file:///srv/images",
                "web",
                "2.0",
                Optional.empty(),
                List.of(),
                NomadJob.HOST,
                Map.of(),
                List.of("/etc/app.conf:/usr/local/etc/app.conf"),
                List.of("/srv/data:/var/db"),
                List.of("/srv/ro:/ro"),
                List.of("db:10.0.0.5"),
                List.of("no-rc-script:YES"),
                500,
                256);

        String hcl = NomadHcl.render(job);
        JsonNode config = new ObjectMapper().readTree(NomadJson.render(job)).at("/Job/TaskGroups/0/Tasks/0/Config");

        assertThat(hcl)
                .contains("datacenters = [\"dc1\", \"dc2\"]", "count = 3", "network_mode = \"host\"")
                .contains("copy = [\"/etc/app.conf:/usr/local/etc/app.conf\"]", "mount = [\"/srv/data:/var/db\"]")
                .contains("mount_read_only = [\"/srv/ro:/ro\"]", "extra_hosts = [\"db:10.0.0.5\"]")
                .contains("attributes = [\"no-rc-script:YES\"]", "cpu    = 500", "memory = 256")
                .doesNotContain("command", "port_map", "network {");
        assertThat(config.get("mount_read_only").get(0).asText()).isEqualTo("/srv/ro:/ro");
        assertThat(config.get("extra_hosts").get(0).asText()).isEqualTo("db:10.0.0.5");
        assertThat(config.get("attributes").get(0).asText()).isEqualTo("no-rc-script:YES");
        assertThat(NomadJobCheck.problems(job)).isEmpty();
    }

    @Test
    void hclStringsKeepQuotesBackslashesAndInterpolationLiteral() {
        assertThat(NomadHcl.str("a \"b\" \\ ${x} %{y}")).isEqualTo("\"a \\\"b\\\" \\\\ $${x} %%{y}\"");
    }

    @Test
    void theSeedDocumentsArgsOfSeveralWordsInOneElementIsANoteNotAProblem() {
        // The driver appends every args element to the command with a space: ["-g 'daemon off;'"] runs the same
        // nginx -g 'daemon off;' as ["-g", "'daemon off;'"].
        NomadJob job = seed().withCommand(Optional.of("nginx"), List.of("-g 'daemon off;'"));

        assertThat(NomadJobCheck.problems(job)).isEmpty();
        assertThat(NomadJobCheck.notes(job))
                .extracting(NomadJobCheck.Problem::toString)
                .containsExactly("args: '-g 'daemon off;'' holds 2 words in one element; that works, because the"
                        + " driver appends every element to the command with a space (pot runs nginx -g 'daemon off;'"
                        + " either way); one word per element says the same more plainly: [\"-g\", \"'daemon off;'\"]");
        assertThat(NomadJobCheck.notes(seed().withCommand(Optional.of("nginx"), List.of("-g", "'daemon off;'"))))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tag||the image tag is missing",
                "portLabelWithoutPort||label http has no port",
                "portNotANumber||http = \"eighty\" is not a port",
                "argsWithoutCommand||args need a command",
                "commandWithArgs||one word only; put the rest in args",
                "imageIsAFile||must end in the registry's base directory, not a file: drop /FBSD120-nginx_1.0.xz",
                "imageNotAUrl||must start with http://, https:// or file://",
                "network||use public-bridge or host",
                "portMapWithHost||ignored by the driver with network_mode = \"host\"",
                "mount||'/srv/data' is not HOST-DIR:MOUNT-POINT",
                "copyRelative||the destination must be an absolute path",
                "extraHosts||'db' is not HOST:IP",
                "attribute||'speed:fast' is not ATTRIBUTE:VALUE",
                "jobName||'my job' is not a name",
                "memory||give the memory in MB",
            })
    void everyMistakeHasAClearMessage(String mistake, String unused, String expected) {
        NomadJob s = seed();
        NomadJob bad = switch (mistake) {
            case "tag" -> copy(s, "", s.image(), s.command(), s.args(), s.networkMode(), s.portMap());
            case "portLabelWithoutPort" -> s.withPortMap(Map.of("http", ""));
            case "portNotANumber" -> s.withPortMap(Map.of("http", "eighty"));
            case "argsWithoutCommand" -> s.withCommand(Optional.empty(), List.of("-g"));
            case "commandWithArgs" -> s.withCommand(Optional.of("nginx -g x"), List.of());
            case "imageIsAFile" ->
                copy(
                        s,
                        s.tag(),
                        s.image() + "/FBSD120-nginx_1.0.xz",
                        s.command(),
                        s.args(),
                        s.networkMode(),
                        s.portMap());
            case "imageNotAUrl" ->
                copy(s, s.tag(), "registry.example.org", s.command(), s.args(), s.networkMode(), s.portMap());
            case "network" -> copy(s, s.tag(), s.image(), s.command(), s.args(), "alias", s.portMap());
            case "portMapWithHost" -> copy(s, s.tag(), s.image(), s.command(), s.args(), NomadJob.HOST, s.portMap());
            case "mount" -> lists(s, List.of(), List.of("/srv/data"), List.of(), List.of());
            case "copyRelative" -> lists(s, List.of("/etc/a:etc/a"), List.of(), List.of(), List.of());
            case "extraHosts" -> lists(s, List.of(), List.of(), List.of("db"), List.of());
            case "attribute" -> lists(s, List.of(), List.of(), List.of(), List.of("speed:fast"));
            case "jobName" ->
                new NomadJob(
                        "my job",
                        s.datacenters(),
                        s.group(),
                        s.count(),
                        s.task(),
                        s.image(),
                        s.pot(),
                        s.tag(),
                        s.command(),
                        s.args(),
                        s.networkMode(),
                        s.portMap(),
                        s.copy(),
                        s.mount(),
                        s.mountReadOnly(),
                        s.extraHosts(),
                        s.attributes(),
                        s.cpuMhz(),
                        s.memoryMb());
            case "memory" ->
                new NomadJob(
                        s.job(),
                        s.datacenters(),
                        s.group(),
                        s.count(),
                        s.task(),
                        s.image(),
                        s.pot(),
                        s.tag(),
                        s.command(),
                        s.args(),
                        s.networkMode(),
                        s.portMap(),
                        s.copy(),
                        s.mount(),
                        s.mountReadOnly(),
                        s.extraHosts(),
                        s.attributes(),
                        s.cpuMhz(),
                        0);
            default -> throw new IllegalArgumentException(mistake);
        };

        assertThat(NomadJobCheck.problems(bad))
                .extracting(NomadJobCheck.Problem::toString)
                .anyMatch(p -> p.contains(expected));
    }

    @Test
    void commandLinesAreSplitKeepingQuotes() {
        assertThat(NomadJob.splitKeepingQuotes("nginx -g 'daemon off;'"))
                .containsExactly("nginx", "-g", "'daemon off;'");
        assertThat(NomadJob.splitKeepingQuotes("  sh -c \"echo a  b\" ")).containsExactly("sh", "-c", "\"echo a  b\"");
    }

    private static NomadJob copy(
            NomadJob s,
            String tag,
            String image,
            Optional<String> command,
            List<String> args,
            String mode,
            Map<String, String> ports) {
        return new NomadJob(
                s.job(),
                s.datacenters(),
                s.group(),
                s.count(),
                s.task(),
                image,
                s.pot(),
                tag,
                command,
                args,
                mode,
                ports,
                s.copy(),
                s.mount(),
                s.mountReadOnly(),
                s.extraHosts(),
                s.attributes(),
                s.cpuMhz(),
                s.memoryMb());
    }

    private static NomadJob lists(
            NomadJob s, List<String> copy, List<String> mount, List<String> hosts, List<String> attributes) {
        return new NomadJob(
                s.job(),
                s.datacenters(),
                s.group(),
                s.count(),
                s.task(),
                s.image(),
                s.pot(),
                s.tag(),
                s.command(),
                s.args(),
                s.networkMode(),
                s.portMap(),
                copy,
                mount,
                List.of(),
                hosts,
                attributes,
                s.cpuMhz(),
                s.memoryMb());
    }
}
