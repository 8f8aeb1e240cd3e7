package potconsole.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import potconsole.engine.image.ImageVerification;
import potconsole.engine.image.ImageVerifier;
import potconsole.engine.image.Signify;

/** Verifies an image file on this machine: hash, signature, xz index and (with --deep) every block. */
@Command(name = "verify", description = "Verify an image: .skein hash, signify signature, xz container.")
final class VerifyCmd implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.xz", description = "The image; its .meta/.skein/.sig beside it.")
    Path xz;

    @Option(names = "--pubkey", description = "signify public key to check the .skein.sig with.")
    Path publicKey;

    @Option(names = "--deep", description = "Also decompress every block and check its CRC (on all cores).")
    boolean deep;

    @Option(
            names = "--engine",
            paramLabel = "liblzma|xz-java",
            description = "With --deep: " + EngineChoice.DESCRIPTION)
    String engine;

    @Option(names = "--json", description = "As JSON: the image, passed, and each check with its status.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(xz)) {
            throw new IllegalArgumentException(xz + " is not a file");
        }
        Optional<Signify.PublicKey> key = publicKey == null
                ? Optional.empty()
                : Optional.of(Signify.PublicKey.parse(Files.readString(publicKey)));
        int threads = deep ? Runtime.getRuntime().availableProcessors() : 0;
        ImageVerification result = ImageVerifier.verify(xz, key, threads, EngineChoice.of(engine));
        if (json) {
            Json.print(
                    spec,
                    Json.obj(
                            "image", xz.toString(),
                            "passed", result.passed(),
                            "checks",
                                    result.checks().stream()
                                            .map(c -> Json.obj(
                                                    "name", c.name(),
                                                    "status", c.status().name().toLowerCase(Locale.ROOT),
                                                    "detail", c.detail()))
                                            .toList()));
            return result.passed() ? 0 : PotCtl.POT_FAILED;
        }
        for (ImageVerification.Check check : result.checks()) {
            spec.commandLine()
                    .getOut()
                    .printf(
                            "%-7s %-13s %s%n",
                            check.status().name().toLowerCase(Locale.ROOT), check.name(), check.detail());
        }
        return result.passed() ? 0 : PotCtl.POT_FAILED;
    }
}
