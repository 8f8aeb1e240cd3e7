package potconsole.engine.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import potconsole.engine.image.ImageVerification.Check;
import potconsole.engine.image.ImageVerification.Status;

/**
 * Verifies an image the way {@code pot import} will — the {@code .skein} against Skein-1024 of the {@code .xz} and
 * {@code .meta} bytes, the signify signature of the {@code .skein} — plus what pot never checks before
 * {@code zfs receive}: the xz container (index, and on request every block's CRC).
 */
public final class ImageVerifier {
    public static final String INDEX = "xz index";
    public static final String HASH = "hash";
    public static final String SIGNATURE = "signature";
    public static final String META = "meta";
    public static final String INTEGRITY = "xz integrity";

    private ImageVerifier() {}

    /** {@link #verify(Path, Optional, int, XzEngine)} with the preferred engine (liblzma where found). */
    public static ImageVerification verify(Path xz, Optional<Signify.PublicKey> publicKey, int deepThreads)
            throws IOException {
        return verify(xz, publicKey, deepThreads, XzEngine.preferred());
    }

    /**
     * @param xz the {@code .xz} file; its companions are looked for beside it
     * @param publicKey the key to check the signature with, if any
     * @param deepThreads threads for decompressing every block, or 0 to skip that check
     * @param engine what decompresses for the deep check
     */
    public static ImageVerification verify(
            Path xz, Optional<Signify.PublicKey> publicKey, int deepThreads, XzEngine engine) throws IOException {
        List<Check> checks = new ArrayList<>();
        Path meta = sibling(xz, ".meta");
        Path skein = sibling(xz, ".skein");
        Optional<XzSummary> summary = readIndex(xz, checks);
        checks.add(hashCheck(xz, meta, skein));
        checks.add(signatureCheck(skein, sibling(xz, ".skein.sig"), publicKey));
        Optional<ImageMeta> parsedMeta = readMeta(meta, checks);
        if (deepThreads > 0 && summary.isPresent()) {
            checks.add(integrityCheck(xz, deepThreads, engine));
        }
        return new ImageVerification(List.copyOf(checks), summary, parsedMeta);
    }

    private static Optional<XzSummary> readIndex(Path xz, List<Check> checks) {
        try {
            XzSummary s = XzSummary.read(xz);
            checks.add(new Check(
                    INDEX,
                    Status.PASSED,
                    s.blocks() + (s.blocks() == 1 ? " block" : " blocks") + " in " + s.streams()
                            + (s.streams() == 1 ? " stream, " : " streams, ") + s.uncompressedSize()
                            + " bytes uncompressed from " + s.compressedSize()));
            return Optional.of(s);
        } catch (IOException e) {
            checks.add(new Check(INDEX, Status.FAILED, "not a complete xz file: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static Optional<ImageMeta> readMeta(Path meta, List<Check> checks) throws IOException {
        if (!Files.exists(meta)) {
            checks.add(
                    new Check(META, Status.SKIPPED, "no .meta file; pot import treats the image as having no origin"));
            return Optional.empty();
        }
        try {
            ImageMeta parsed = ImageMeta.parse(Files.readString(meta, StandardCharsets.US_ASCII));
            checks.add(new Check(
                    META,
                    Status.PASSED,
                    parsed.origin()
                            .map(o -> "cloned from " + o.pot() + " " + o.tag() + " (@" + o.snapshot() + ")")
                            .orElse("no origin")));
            return Optional.of(parsed);
        } catch (IllegalArgumentException e) {
            checks.add(new Check(META, Status.FAILED, e.getMessage()));
            return Optional.empty();
        }
    }

    private static Check integrityCheck(Path xz, int threads, XzEngine engine) {
        String by = " (" + engine.describe(threads) + ")";
        try {
            engine.deepCheck(xz, threads);
            return new Check(INTEGRITY, Status.PASSED, "every block decompresses and matches its check" + by);
        } catch (IOException e) {
            return new Check(INTEGRITY, Status.FAILED, "corrupt data: " + e.getMessage() + by);
        }
    }

    private static Check hashCheck(Path xz, Path meta, Path skein) throws IOException {
        if (!Files.exists(skein)) {
            return new Check(HASH, Status.FAILED, "no " + skein.getFileName() + " beside the image");
        }
        String expected;
        try {
            expected = ImageHash.readFile(skein);
        } catch (IOException e) {
            return new Check(HASH, Status.FAILED, e.getMessage());
        }
        if (!ImageHash.of(xz, meta).equals(expected)) {
            // pot import's own words for this case.
            return new Check(HASH, Status.FAILED, "The image and its hash do not overlap");
        }
        return new Check(HASH, Status.PASSED, "Skein-1024 of .xz and .meta matches " + skein.getFileName());
    }

    private static Check signatureCheck(Path skein, Path signature, Optional<Signify.PublicKey> publicKey)
            throws IOException {
        if (publicKey.isEmpty()) {
            return new Check(
                    SIGNATURE,
                    Status.SKIPPED,
                    Files.exists(signature) ? "signed, but no public key was given to check it with" : "not signed");
        }
        if (!Files.exists(signature)) {
            return new Check(SIGNATURE, Status.FAILED, "no " + signature.getFileName() + "; pot import -C would fail");
        }
        if (!Files.exists(skein)) {
            return new Check(SIGNATURE, Status.FAILED, "nothing to check: the signature signs the missing .skein");
        }
        try {
            Signify.verify(publicKey.get(), Files.readString(signature), Files.readAllBytes(skein));
            return new Check(SIGNATURE, Status.PASSED, "signify signature of the .skein is valid");
        } catch (Signify.SignatureException e) {
            return new Check(SIGNATURE, Status.FAILED, "Signature verification failed: " + e.getMessage());
        }
    }

    private static Path sibling(Path xz, String suffix) {
        return xz.resolveSibling(xz.getFileName() + suffix);
    }
}
