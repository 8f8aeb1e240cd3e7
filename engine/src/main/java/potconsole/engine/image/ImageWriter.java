package potconsole.engine.image;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import potconsole.engine.image.xz.XzOutput;

/**
 * Writes an image from a ZFS replication stream on this workstation: multi-threaded xz ({@link XzEngine}), the {@code .meta} line, the
 * {@code .skein} hash of both (computed while the .xz is written, no second pass) and optionally a signify
 * signature of the {@code .skein} file. Everything goes to hidden temporary names first and is renamed only once
 * all files are complete; a failure or cancel (thread interrupt) deletes them, so no final name ever holds a
 * partial image.
 */
public final class ImageWriter {
    private static final int READ_BUFFER = 1 << 20;

    /**
     * How to compress (preset, threads, block size, {@link XzEngine}), and the optional signing key with the public
     * key file name its signature names. Without an engine, the preferred one (liblzma where found).
     */
    public record Options(int preset, int threads, int blockSize, Optional<Signing> signing, XzEngine engine) {
        public Options(int preset, int threads, int blockSize, Optional<Signing> signing) {
            this(preset, threads, blockSize, signing, XzEngine.preferred());
        }

        public static Options defaults(int preset) {
            return new Options(
                    preset,
                    Runtime.getRuntime().availableProcessors(),
                    ParallelXzOutputStream.defaultBlockSize(preset),
                    Optional.empty());
        }

        public Options signedWith(Signify.SecretKey key, String publicKeyFileName) {
            return new Options(preset, threads, blockSize, Optional.of(new Signing(key, publicKeyFileName)), engine);
        }

        public Options withEngine(XzEngine chosen) {
            return new Options(preset, threads, blockSize, signing, chosen);
        }

        /** "liblzma 5.4.1 (2 threads)": what compresses, for the dialog and potctl. */
        public String engineLine() {
            return engine.describe(threads);
        }
    }

    public record Signing(Signify.SecretKey key, String publicKeyFileName) {}

    /** Receives the stream bytes read and the compressed bytes written so far. */
    @FunctionalInterface
    public interface Progress {
        void update(long streamBytes, long compressedBytes);
    }

    /** The files written and what went into them. */
    public record Result(Path xz, List<Path> files, long streamBytes, long compressedBytes, String skein) {}

    private ImageWriter() {}

    /** Compresses everything read from {@code stream} into a complete image; see {@link #open}. */
    public static Result write(
            InputStream stream, Path directory, ImageName name, ImageMeta meta, Options options, Progress progress)
            throws IOException {
        Sink sink = open(directory, name, options);
        try {
            byte[] buffer = new byte[READ_BUFFER];
            for (int n = stream.read(buffer); n >= 0; n = stream.read(buffer)) {
                if (Thread.interrupted()) {
                    throw new InterruptedIOException("export cancelled");
                }
                sink.write(buffer, 0, n);
                progress.update(sink.streamBytes(), sink.compressedBytes());
            }
            Result result = sink.finish(meta);
            progress.update(result.streamBytes(), result.compressedBytes());
            return result;
        } catch (IOException | RuntimeException e) {
            sink.abort();
            throw e;
        }
    }

    /** Starts an image whose stream arrives in pieces (e.g. {@code zfs send} output from a remote host). */
    public static Sink open(Path directory, ImageName name, Options options) throws IOException {
        return new Sink(directory, name, options);
    }

    /**
     * An image being written: the stream goes in through {@link #write}, then {@link #finish} adds the
     * {@code .meta}, {@code .skein} and signature and renames everything into place, or {@link #abort} deletes it.
     */
    public static final class Sink {
        private final Path directory;
        private final ImageName name;
        private final Options options;
        private final List<Path[]> renames = new ArrayList<>();
        private final Skein1024 skein = new Skein1024();
        private final CountingHashingStream counted;
        private final XzOutput xz;
        private long streamBytes;
        private boolean done;

        private Sink(Path directory, ImageName name, Options options) throws IOException {
            this.directory = directory;
            this.name = name;
            this.options = options;
            Path xzTemp = temp(directory, name.xzFile(), renames);
            counted = new CountingHashingStream(Files.newOutputStream(xzTemp), skein);
            try {
                xz = options.engine().compressor(counted, options.preset(), options.threads(), options.blockSize());
            } catch (IOException | RuntimeException e) {
                counted.close();
                Files.deleteIfExists(xzTemp);
                throw e;
            }
        }

        public void write(byte[] bytes, int offset, int length) throws IOException {
            xz.write(bytes, offset, length);
            streamBytes += length;
        }

        public long streamBytes() {
            return streamBytes;
        }

        /** Compressed bytes written to disk so far (blocks still compressing are not counted yet). */
        public long compressedBytes() {
            return counted.count;
        }

        public Result finish(ImageMeta meta) throws IOException {
            List<Path> finals = new ArrayList<>();
            try {
                xz.close();
                byte[] metaBytes = meta.fileBytes();
                Files.write(temp(directory, name.metaFile(), renames), metaBytes);
                String hash = skein.update(metaBytes).hex();
                byte[] skeinBytes = ImageHash.fileBytes(hash);
                if (options.signing().isPresent()) {
                    Signing signing = options.signing().get();
                    String signature = Signify.sign(signing.key(), skeinBytes, signing.publicKeyFileName());
                    Files.writeString(temp(directory, name.signatureFile(), renames), signature);
                }
                // The .skein comes last: pot import fetches it first, so its presence marks a complete image.
                Files.write(temp(directory, name.skeinFile(), renames), skeinBytes);
                for (Path[] rename : renames) {
                    move(rename[0], rename[1]);
                    finals.add(rename[1]);
                }
                done = true;
                return new Result(name.xzIn(directory), List.copyOf(finals), streamBytes, counted.count, hash);
            } catch (IOException | RuntimeException e) {
                for (Path published : finals) {
                    Files.deleteIfExists(published);
                }
                abort();
                throw e;
            }
        }

        /** Stops compressing and deletes every file of this image; harmless after a failure or a finish. */
        public void abort() throws IOException {
            if (done) {
                return;
            }
            done = true;
            xz.abort();
            for (Path[] rename : renames) {
                Files.deleteIfExists(rename[0]);
            }
        }
    }

    private static Path temp(Path directory, String finalName, List<Path[]> renames) {
        Path temp = directory.resolve("." + finalName + ".part");
        renames.add(new Path[] {temp, directory.resolve(finalName)});
        return temp;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Counts and hashes the compressed bytes on their way to the file. */
    private static final class CountingHashingStream extends FilterOutputStream {
        private final Skein1024 skein;
        private long count;

        CountingHashingStream(OutputStream out, Skein1024 skein) {
            super(out);
            this.skein = skein;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            skein.update(bytes, offset, length);
            count += length;
        }
    }
}
