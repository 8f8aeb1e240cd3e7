package potconsole.engine.image;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.generators.BCrypt;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * OpenBSD signify keys and signatures (Ed25519), in signify's own file formats: an {@code untrusted comment:} line,
 * then one base64 line holding {@code "Ed"}, an 8-byte key number and the key or signature. Secret keys may be
 * protected with bcrypt_pbkdf; pot signs the {@code .skein} file with them and verifies with {@code signify -V}.
 */
public final class Signify {
    private static final byte[] ED = {'E', 'd'};
    private static final byte[] BCRYPT_KDF = {'B', 'K'};
    private static final String COMMENT = "untrusted comment: ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Signify() {}

    /** A public key: its number ties signatures to it. */
    public record PublicKey(byte[] keyNumber, byte[] key) {
        public static PublicKey parse(String fileContent) {
            byte[] raw = decode(fileContent, "public key", 2 + 8 + 32);
            return new PublicKey(Arrays.copyOfRange(raw, 2, 10), Arrays.copyOfRange(raw, 10, 42));
        }

        public String fileContent(String comment) {
            return encode(comment, ED, keyNumber, key);
        }
    }

    /** A decrypted secret key: the Ed25519 seed and public key, as libsodium lays them out. */
    public record SecretKey(byte[] keyNumber, byte[] secret) {
        /** Decrypts with the passphrase (ignored for keys made with {@code signify -G -n}). */
        public static SecretKey parse(String fileContent, char[] passphrase) {
            ByteBuffer raw = ByteBuffer.wrap(decode(fileContent, "secret key", 2 + 2 + 4 + 16 + 8 + 8 + 64));
            raw.position(2);
            byte[] kdf = new byte[2];
            raw.get(kdf);
            if (!Arrays.equals(kdf, BCRYPT_KDF)) {
                throw new IllegalArgumentException("unsupported signify key derivation");
            }
            int rounds = raw.getInt();
            byte[] salt = take(raw, 16);
            byte[] checksum = take(raw, 8);
            byte[] keyNumber = take(raw, 8);
            byte[] secret = take(raw, 64);
            if (rounds > 0) {
                byte[] password = new String(passphrase).getBytes(StandardCharsets.UTF_8);
                byte[] mask = BCrypt.pbkdfGenerate(password, salt, rounds, secret.length);
                for (int i = 0; i < secret.length; i++) {
                    secret[i] ^= mask[i];
                }
            }
            if (!Arrays.equals(checksum, Arrays.copyOf(sha512(secret), 8))) {
                throw new IllegalArgumentException(
                        rounds > 0 ? "incorrect passphrase for the signify key" : "corrupt signify secret key");
            }
            return new SecretKey(keyNumber, secret);
        }

        /** The unencrypted file content, as {@code signify -G -n} writes it. */
        public String fileContent(String comment) {
            byte[] checksum = Arrays.copyOf(sha512(secret), 8);
            ByteBuffer rounds = ByteBuffer.allocate(4).putInt(0);
            return encode(comment, ED, BCRYPT_KDF, rounds.array(), new byte[16], checksum, keyNumber, secret);
        }

        public PublicKey publicKey() {
            return new PublicKey(keyNumber, Arrays.copyOfRange(secret, 32, 64));
        }
    }

    /** A new key pair without a passphrase. */
    public static SecretKey generate() {
        Ed25519PrivateKeyParameters key = new Ed25519PrivateKeyParameters(RANDOM);
        byte[] keyNumber = new byte[8];
        RANDOM.nextBytes(keyNumber);
        byte[] secret = new byte[64];
        System.arraycopy(key.getEncoded(), 0, secret, 0, 32);
        System.arraycopy(key.generatePublicKey().getEncoded(), 0, secret, 32, 32);
        return new SecretKey(keyNumber, secret);
    }

    /** The signature file {@code signify -S -s KEY -m MESSAGE} writes as {@code MESSAGE.sig}. */
    public static String sign(SecretKey key, byte[] message, String publicKeyFileName) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, new Ed25519PrivateKeyParameters(key.secret(), 0));
        signer.update(message, 0, message.length);
        return encode("verify with " + publicKeyFileName, ED, key.keyNumber(), signer.generateSignature());
    }

    /** Checks a signature file against the message; the message is rejected with signify's own reasons. */
    public static void verify(PublicKey key, String signatureFile, byte[] message) throws SignatureException {
        byte[] raw;
        try {
            raw = decode(signatureFile, "signature", 2 + 8 + 64);
        } catch (IllegalArgumentException e) {
            throw new SignatureException(e.getMessage());
        }
        if (!Arrays.equals(Arrays.copyOfRange(raw, 2, 10), key.keyNumber())) {
            throw new SignatureException("verification failed: checked against wrong key");
        }
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, new Ed25519PublicKeyParameters(key.key(), 0));
        verifier.update(message, 0, message.length);
        if (!verifier.verifySignature(Arrays.copyOfRange(raw, 10, 74))) {
            throw new SignatureException("signature verification failed");
        }
    }

    /** A signature that does not match. */
    public static final class SignatureException extends Exception {
        private static final long serialVersionUID = 1L;

        public SignatureException(String message) {
            super(message);
        }
    }

    private static byte[] decode(String fileContent, String what, int length) {
        String[] lines = fileContent.split("\n", -1);
        if (lines.length < 2 || !lines[0].startsWith(COMMENT)) {
            throw new IllegalArgumentException(
                    "not a signify " + what + ": the first line must start with '" + COMMENT.strip() + "'");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(lines[1].strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a signify " + what + ": invalid base64", e);
        }
        if (raw.length != length || raw[0] != 'E' || raw[1] != 'd') {
            throw new IllegalArgumentException("not a signify Ed25519 " + what);
        }
        return raw;
    }

    private static String encode(String comment, byte[]... parts) {
        ByteBuffer raw =
                ByteBuffer.allocate(Arrays.stream(parts).mapToInt(p -> p.length).sum());
        for (byte[] part : parts) {
            raw.put(part);
        }
        return COMMENT + comment + "\n" + Base64.getEncoder().encodeToString(raw.array()) + "\n";
    }

    private static byte[] take(ByteBuffer buffer, int length) {
        byte[] bytes = new byte[length];
        buffer.get(bytes);
        return bytes;
    }

    private static byte[] sha512(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-512", e);
        }
    }
}
