package potconsole.engine.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import potconsole.engine.command.Validate;
import potconsole.engine.host.UserDirectories;
import potconsole.engine.io.PrivateFiles;

/**
 * The console's signify keys: a directory of {@code NAME.pub} (and, for keys made here, {@code NAME.sec}, mode
 * 0600) in {@code $XDG_CONFIG_HOME/pot-console/keys}. Public keys check image signatures; secret keys sign images
 * exported to this workstation.
 */
public final class KeyRing {
    /** One key pair or public key: its name, signify key number (hex), and whether the secret half is here. */
    public record Key(String name, String keyNumber, Path publicKey, Optional<Path> secretKey) {}

    private final Path directory;

    public KeyRing(Path directory) {
        this.directory = directory;
    }

    public static KeyRing defaultRing() {
        return new KeyRing(UserDirectories.config().resolve("keys"));
    }

    public Path directory() {
        return directory;
    }

    public List<Key> keys() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Key> keys = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path pub : files.filter(p -> p.getFileName().toString().endsWith(".pub"))
                    .sorted()
                    .toList()) {
                String file = pub.getFileName().toString();
                String name = file.substring(0, file.length() - 4);
                Path sec = directory.resolve(name + ".sec");
                try {
                    Signify.PublicKey key = Signify.PublicKey.parse(Files.readString(pub, StandardCharsets.UTF_8));
                    keys.add(new Key(
                            name,
                            HexFormat.of().formatHex(key.keyNumber()),
                            pub,
                            Files.exists(sec) ? Optional.of(sec) : Optional.empty()));
                } catch (IllegalArgumentException unreadable) {
                    // Not a signify public key: not offered.
                }
            }
        }
        return keys;
    }

    /** A new key pair without a passphrase, as {@code signify -G -n -p NAME.pub -s NAME.sec} makes. */
    public Key generate(String name) throws IOException {
        Validate.simpleName(name, "The key name");
        PrivateFiles.directory(directory);
        Path pub = directory.resolve(name + ".pub");
        Path sec = directory.resolve(name + ".sec");
        if (Files.exists(pub) || Files.exists(sec)) {
            throw new FileAlreadyExistsException(
                    pub.toString(), null, "a key with this name exists; not overwriting it");
        }
        Signify.SecretKey key = Signify.generate();
        Path secPart = Files.createTempFile(
                directory,
                ".sec",
                ".part",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(secPart, key.fileContent("signify secret key"));
        Path pubPart = Files.createTempFile(directory, ".pub", ".part");
        Files.writeString(pubPart, key.publicKey().fileContent("signify public key"));
        Files.move(secPart, sec, StandardCopyOption.ATOMIC_MOVE);
        Files.move(pubPart, pub, StandardCopyOption.ATOMIC_MOVE);
        return new Key(name, HexFormat.of().formatHex(key.keyNumber()), pub, Optional.of(sec));
    }

    /** Copies a signify public key file into the ring (it is checked first). */
    public Key importPublicKey(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        Signify.PublicKey key;
        try {
            key = Signify.PublicKey.parse(content);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " is not a signify public key: " + e.getMessage(), e);
        }
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith(".pub") ? fileName.substring(0, fileName.length() - 4) : fileName;
        PrivateFiles.directory(directory);
        Path target = directory.resolve(name + ".pub");
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "a key with this name exists");
        }
        Path part = Files.createTempFile(directory, ".pub", ".part");
        Files.writeString(part, content);
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        return new Key(name, HexFormat.of().formatHex(key.keyNumber()), target, Optional.empty());
    }

    public static Signify.PublicKey read(Key key) throws IOException {
        return Signify.PublicKey.parse(Files.readString(key.publicKey(), StandardCharsets.UTF_8));
    }
}
