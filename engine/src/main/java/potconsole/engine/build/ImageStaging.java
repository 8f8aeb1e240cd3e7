package potconsole.engine.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import potconsole.engine.exec.PartFile;
import potconsole.engine.image.ImageName;
import potconsole.engine.image.ImageVerification;
import potconsole.engine.image.ImageVerifier;
import potconsole.engine.image.Signify;
import potconsole.engine.model.Pot;
import potconsole.engine.nomad.NomadDefaults;
import potconsole.engine.nomad.NomadHcl;

/**
 * The image's files in a private directory on this workstation until they are published: exported under the
 * temporary pot's name and renamed to the image's (the {@code .skein} covers the bytes, not the name), verified,
 * signed, with the manifest and the Nomad job beside them. Every file is written under a part name and moved into
 * place, so nothing half-written is ever published.
 */
final class ImageStaging {
    /** The Nomad job beside the image: {@code <pot>_<tag>.xz.nomad}. */
    static final String NOMAD_SUFFIX = ".nomad";

    private final Path directory;
    private final ImageName image;

    ImageStaging(Path directory, ImageName image) {
        this.directory = directory;
        this.image = image;
    }

    Path xz() {
        return image.xzIn(directory);
    }

    /** pot's three files of the export, renamed from the temporary pot's name to the image's. */
    void adopt(ImageName exported) throws IOException {
        List<String[]> names = List.of(
                new String[] {exported.xzFile(), image.xzFile()},
                new String[] {exported.metaFile(), image.metaFile()},
                new String[] {exported.skeinFile(), image.skeinFile()});
        for (String[] n : names) {
            Path from = directory.resolve(n[0]);
            if (Files.exists(from)) {
                Files.move(from, directory.resolve(n[1]), StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    ImageVerification verify(Optional<Signify.PublicKey> key, int threads) throws IOException {
        return ImageVerifier.verify(xz(), key, threads);
    }

    /** signify -S over the {@code .skein}, as pot export -S does (pot-spec §5.1). */
    void sign(Signify.SecretKey key, String publicKeyName) throws IOException {
        byte[] skein = Files.readAllBytes(directory.resolve(image.skeinFile()));
        write(image.signatureFile(), Signify.sign(key, skein, publicKeyName));
    }

    void manifest(BuildManifest manifest) throws IOException {
        write(image.xzFile() + BuildManifest.SUFFIX, manifest.render());
    }

    /** The Nomad job for the image as the pot was built (its command and exported ports), fetched from {@code url}. */
    String nomad(Pot built, String url) throws IOException {
        String hcl = NomadHcl.render(NomadDefaults.fromPot(built, url, image.pot(), image.tag()));
        write(image.xzFile() + NOMAD_SUFFIX, hcl);
        return hcl;
    }

    private void write(String name, String content) throws IOException {
        Path part = PartFile.create(directory, name);
        try {
            Files.writeString(part, content, StandardCharsets.UTF_8);
            Files.move(part, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Removes the directory and what is in it (the build's end, however it ended). */
    void delete() {
        try (var files = Files.list(directory)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(directory);
        } catch (IOException leftInTemp) {
            // A temporary directory of this workstation: the OS cleans it; the build's outcome stands.
        }
    }
}
