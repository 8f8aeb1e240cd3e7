package potconsole.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import potconsole.engine.image.Signify;

/** {@code signify -G -n}: a key pair for signing images, NAME.pub and NAME.sec (0600, no passphrase). */
@Command(name = "keygen", description = "Generate a signify key pair NAME.pub / NAME.sec for signing images.")
final class KeygenCmd implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "Path without extension, e.g. keys/pot.")
    Path base;

    @Override
    public Integer call() throws Exception {
        Path pub = base.resolveSibling(base.getFileName() + ".pub");
        Path sec = base.resolveSibling(base.getFileName() + ".sec");
        if (Files.exists(pub) || Files.exists(sec)) {
            throw new IllegalArgumentException(pub + " or " + sec + " already exists; not overwriting a key");
        }
        Signify.SecretKey key = Signify.generate();
        Files.createFile(sec, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(sec, key.fileContent("signify secret key"));
        Files.writeString(pub, key.publicKey().fileContent("signify public key"));
        spec.commandLine().getOut().println("wrote " + pub + " and " + sec);
        return 0;
    }
}
