package potconsole.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Interoperability with OpenBSD signify (Debian's signify-openbsd), which pot runs for -S and -C. */
class SignifyTest {
    private static final String SIGNIFY = "signify-openbsd";
    private static final byte[] MESSAGE =
            (new Skein1024().update(new byte[] {1, 2, 3}).hex() + "\n").getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    @Test
    void signatureMadeHereIsAcceptedBySignify() throws Exception {
        Signify.SecretKey key = Signify.generate();
        Files.writeString(dir.resolve("k.pub"), key.publicKey().fileContent("signify public key"));
        Files.write(dir.resolve("m.skein"), MESSAGE);
        Files.writeString(dir.resolve("m.skein.sig"), Signify.sign(key, MESSAGE, "k.pub"));

        ExternalTool verify = ExternalTool.run(dir, SIGNIFY, "-V", "-p", "k.pub", "-x", "m.skein.sig", "-m", "m.skein");

        assertThat(verify.exitCode()).as(verify.stderr()).isZero();
    }

    @Test
    void keyFilesWrittenHereAreUsableBySignify() throws Exception {
        Signify.SecretKey key = Signify.generate();
        Files.writeString(dir.resolve("k.sec"), key.fileContent("signify secret key"));
        Files.writeString(dir.resolve("k.pub"), key.publicKey().fileContent("signify public key"));
        Files.write(dir.resolve("m"), MESSAGE);

        assertThat(ExternalTool.run(dir, SIGNIFY, "-S", "-s", "k.sec", "-m", "m")
                        .exitCode())
                .isZero();
        assertThat(ExternalTool.run(dir, SIGNIFY, "-V", "-p", "k.pub", "-m", "m")
                        .exitCode())
                .isZero();
        Signify.verify(key.publicKey(), Files.readString(dir.resolve("m.sig")), MESSAGE);
    }

    @Test
    void passphraseProtectedKeyFromSignifySignsTheSameAsSignify() throws Exception {
        byte[] passphrase = "pot pass\npot pass\n".getBytes(StandardCharsets.UTF_8);
        assertThat(ExternalTool.run(dir, passphrase, SIGNIFY, "-G", "-p", "k.pub", "-s", "k.sec")
                        .exitCode())
                .isZero();
        Files.write(dir.resolve("m"), MESSAGE);
        ExternalTool.run(dir, "pot pass\n".getBytes(StandardCharsets.UTF_8), SIGNIFY, "-S", "-s", "k.sec", "-m", "m");

        Signify.SecretKey key =
                Signify.SecretKey.parse(Files.readString(dir.resolve("k.sec")), "pot pass".toCharArray());

        // Ed25519 is deterministic: the same key signs the same message with the same bytes.
        assertThat(Signify.sign(key, MESSAGE, "k.pub")).isEqualTo(Files.readString(dir.resolve("m.sig")));
        Signify.verify(
                Signify.PublicKey.parse(Files.readString(dir.resolve("k.pub"))),
                Files.readString(dir.resolve("m.sig")),
                MESSAGE);
    }

    @Test
    void wrongPassphraseIsSaidSo() throws Exception {
        byte[] passphrase = "right\nright\n".getBytes(StandardCharsets.UTF_8);
        ExternalTool.run(dir, passphrase, SIGNIFY, "-G", "-p", "k.pub", "-s", "k.sec");

        assertThatThrownBy(() -> Signify.SecretKey.parse(Files.readString(dir.resolve("k.sec")), "wrong".toCharArray()))
                .hasMessageContaining("incorrect passphrase");
    }

    @Test
    void tamperedMessageAndForeignKeyAreRejected() {
        Signify.SecretKey key = Signify.generate();
        String signature = Signify.sign(key, MESSAGE, "k.pub");
        byte[] tampered = MESSAGE.clone();
        tampered[10] ^= 1;

        assertThatThrownBy(() -> Signify.verify(key.publicKey(), signature, tampered))
                .isInstanceOf(Signify.SignatureException.class)
                .hasMessage("signature verification failed");
        assertThatThrownBy(() -> Signify.verify(Signify.generate().publicKey(), signature, MESSAGE))
                .hasMessageContaining("wrong key");
        assertThatThrownBy(() -> Signify.verify(key.publicKey(), "garbage", MESSAGE))
                .hasMessageContaining("untrusted comment");
    }
}
