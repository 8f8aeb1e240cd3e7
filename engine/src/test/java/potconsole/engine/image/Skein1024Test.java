package potconsole.engine.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.bouncycastle.crypto.digests.SkeinDigest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Skein1024Test {

    /** FreeBSD sbin/md5/tests: the SKEIN1024 expected output of {@code md5 -s ...}. */
    @ParameterizedTest
    @CsvSource({
        "'',0fff9563bb3279289227ac77d319b6fff8d7e9f09da1247b72a0a265cd6d2a62645ad547ed8193db48cff847c06494a03f55666d3b47eb4c20456c9373c86297d630d5578ebd34cb40991578f9f52b18003efa35d3da6553ff35db91b81ab890bec1b189b7f52cb2a783ebb7d823d725b0b4a71f6824e88f68f982eefc6d19c6",
        "a,6ab4c4ba9814a3d976ec8bffa7fcc638ceba0544a97b3c98411323ffd2dc936315d13dc93c13c4e88cda6f5bac6f2558b2d8694d3b6143e40d644ae43ca940685cb37f809d3d0550c56cba8036dee729a4f8fb960732e59e64d57f7f7710f8670963cdcdc95b41daab4855fcf8b6762a64b173ee61343a2c7689af1d293eba97",
        "abc,35a599a0f91abcdb4cb73c19b8cb8d947742d82c309137a7caed29e8e0a2ca7a9ff9a90c34c1908cc7e7fd99bb15032fb86e76df21b72628399b5f7c3cc209d7bb31c99cd4e19465622a049afbb87c03b5ce3888d17e6e667279ec0aa9b3e2712624c01b5f5bbe1a564220bdcf6990af0c2539019f313fdd7406cca3892a1f1f"
    })
    void matchesFreeBsdTestVectors(String message, String expected) {
        String hex = new Skein1024()
                .update(message.getBytes(StandardCharsets.US_ASCII))
                .hex();

        assertThat(hex).isEqualTo(expected).hasSize(256);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 127, 128, 129, 65_536, 200_003})
    void streamingInPiecesEqualsBouncyCastleOverTheWhole(int length) {
        byte[] data = new byte[length];
        new Random(length).nextBytes(data);
        SkeinDigest reference = new SkeinDigest(SkeinDigest.SKEIN_1024, 1024);
        reference.update(data, 0, data.length);
        byte[] expected = new byte[128];
        reference.doFinal(expected, 0);

        Skein1024 pieces = new Skein1024();
        for (int offset = 0; offset < length; offset += 1000) {
            pieces.update(data, offset, Math.min(1000, length - offset));
        }

        assertThat(pieces.hex()).isEqualTo(HexFormat.of().formatHex(expected));
    }
}
