package potconsole.engine.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.bouncycastle.crypto.generators.BCrypt;
import potconsole.engine.command.ListCommand;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.Privilege;
import potconsole.engine.flavour.FlavourLibrary;
import potconsole.engine.image.DirectoryStore;
import potconsole.engine.image.Registry;
import potconsole.engine.image.Signify;
import potconsole.engine.job.JobContext;
import potconsole.engine.job.JobListener;
import potconsole.engine.job.JobProgress;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/** A sandbox host, a registry directory and the seed guide's recipe directory, for build tests. */
final class BuildFixture {
    final SandboxHost sandbox = SandboxHost.recordedHost(Clock.systemUTC());
    final PotService host = new PotService(sandbox, Privilege.NONE);
    final Path registryDir;
    final Path recipeDir;
    final FlavourLibrary library;

    BuildFixture(Path temp) throws IOException {
        registryDir = Files.createDirectories(temp.resolve("registry"));
        recipeDir = Files.createDirectories(temp.resolve("recipe"));
        Path example = Path.of("../docs/examples/nginx-test");
        try (Stream<Path> files = Files.list(example)) {
            for (Path f : files.toList()) {
                Files.copy(f, recipeDir.resolve(f.getFileName()));
            }
        }
        library = new FlavourLibrary(
                sandbox.files().orElseThrow(),
                "/usr/local/etc/pot/flavours",
                temp.resolve("backups"),
                Clock.systemUTC());
    }

    Registry registry() {
        return new Registry(DirectoryStore.local(registryDir));
    }

    BuildRecipe recipe(String... replacements) throws IOException {
        // xz level 1: the tests are about the phases, not about compression (the README recipe says 6).
        String text = Files.readString(recipeDir.resolve("nginx-test.potbuild")).replace("level = 6", "level = 1");
        for (int i = 0; i < replacements.length; i += 2) {
            text = text.replace(replacements[i], replacements[i + 1]);
        }
        return RecipeParser.parse(text, recipeDir);
    }

    ImageBuild build(BuildRecipe recipe, BuildOptions options) {
        return new ImageBuild(host, library, registry(), recipe, options, Clock.systemUTC());
    }

    static BuildOptions options() {
        return BuildOptions.defaults("test").withPollMillis(5);
    }

    List<String> buildPots() {
        return host.names(ListCommand.Kind.POTS).stream()
                .filter(n -> n.contains("-build-"))
                .toList();
    }

    /** Every file in the registry directory, hidden part files included. */
    List<String> registryFiles() throws IOException {
        try (Stream<Path> files = Files.list(registryDir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Phases and output lines as a job reports them; cancels when {@code cancelAt} is reached. */
    static final class Recorder implements JobListener {
        final List<String> phases = new ArrayList<>();
        final List<String> lines = new ArrayList<>();
        final Cancellation cancellation = new Cancellation();
        private final String cancelAt;

        Recorder(String cancelAt) {
            this.cancelAt = cancelAt;
        }

        JobContext context() {
            return new JobContext(this, cancellation);
        }

        @Override
        public void progress(JobProgress p) {
            if (phases.isEmpty() || !phases.get(phases.size() - 1).equals(p.phase())) {
                phases.add(p.phase());
                if (p.phase().equals(cancelAt)) {
                    cancellation.cancel();
                }
            }
        }

        @Override
        public void output(String line, boolean stderr) {
            lines.add(line);
        }
    }

    /** A signify secret key encrypted with a passphrase, as {@code signify -G} without -n writes it. */
    static String encryptedKey(Signify.SecretKey key, String passphrase) {
        String plain = key.fileContent("signify secret key");
        String base64 = plain.lines().skip(1).findFirst().orElseThrow();
        ByteBuffer raw = ByteBuffer.wrap(Base64.getDecoder().decode(base64));
        int rounds = 16;
        byte[] salt = new byte[16];
        salt[0] = 7;
        raw.putInt(4, rounds);
        raw.put(8, salt);
        byte[] mask = BCrypt.pbkdfGenerate(passphrase.getBytes(StandardCharsets.UTF_8), salt, rounds, 64);
        for (int i = 0; i < 64; i++) {
            int at = 2 + 2 + 4 + 16 + 8 + 8 + i;
            raw.put(at, (byte) (raw.get(at) ^ mask[i]));
        }
        return "untrusted comment: signify secret key\n" + Base64.getEncoder().encodeToString(raw.array()) + "\n";
    }
}
