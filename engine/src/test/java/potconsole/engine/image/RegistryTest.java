package potconsole.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.exec.HostFiles;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.testkit.SmallDisk;

class RegistryTest {
    @TempDir
    Path dir;

    private Path xz;
    private Path registryDir;
    private Registry registry;

    @BeforeEach
    void image() throws IOException {
        Path exports = Files.createDirectory(dir.resolve("exports"));
        registryDir = Files.createDirectory(dir.resolve("registry"));
        registry = new Registry(DirectoryStore.local(registryDir));
        xz = ImageWriter.write(
                        new ByteArrayInputStream(ParallelXzOutputStreamTest.sample(3_000_000)),
                        exports,
                        new ImageName("web", "1.0"),
                        ImageMeta.NO_ORIGIN,
                        new ImageWriter.Options(1, 2, 1 << 20, Optional.empty()),
                        (i, o) -> {})
                .xz();
    }

    @Test
    void publishCopiesEveryFileWithProgressAndTheRegistryListsAVerifiableImage() throws Exception {
        List<long[]> progress = new ArrayList<>();

        List<String> published =
                registry.publish(xz, (done, total) -> progress.add(new long[] {done, total}), new Cancellation());

        assertThat(published).containsExactly("web_1.0.xz", "web_1.0.xz.meta", "web_1.0.xz.skein");
        assertThat(progress.get(progress.size() - 1)[0]).isEqualTo(progress.get(0)[1]);
        assertThat(registry.list())
                .singleElement()
                .satisfies(e -> assertThat(e.importable()).isTrue());
        assertThat(registry.verify(
                                registry.list().get(0),
                                Optional.empty(),
                                2,
                                HostFiles.Progress.NONE,
                                new Cancellation())
                        .passed())
                .isTrue();
        assertThat(files(registryDir)).containsExactlyInAnyOrder("web_1.0.xz", "web_1.0.xz.meta", "web_1.0.xz.skein");
    }

    @Test
    void aFullRegistryDiskFailsWithTheReasonAndLeavesNothingBehind() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(256)) {
            Registry full = new Registry(DirectoryStore.local(disk.path()));

            assertThatThrownBy(() -> full.publish(xz, HostFiles.Progress.NONE, new Cancellation()))
                    .hasMessageContaining("No space left on device");
            assertThat(full.list()).isEmpty();
            assertThat(files(disk.path())).isEmpty();
        }
    }

    @Test
    void aFullDiskHereFailsAFetchWithTheReasonAndLeavesNothingBehind() throws Exception {
        registry.publish(xz, HostFiles.Progress.NONE, new Cancellation());
        try (SmallDisk disk = SmallDisk.mount(256)) {
            assertThatThrownBy(() -> registry.fetch(
                            registry.list().get(0), disk.path(), HostFiles.Progress.NONE, new Cancellation()))
                    .hasMessageContaining("No space left on device");
            assertThat(files(disk.path())).isEmpty();
        }
    }

    @Test
    void aBrokenImageIsNotPublished() throws IOException {
        flipByte(xz, 1000);

        assertThatThrownBy(() -> registry.publish(xz, HostFiles.Progress.NONE, new Cancellation()))
                .hasMessageContaining("Not publishing a broken image: hash: The image and its hash do not overlap");
        assertThat(files(registryDir)).isEmpty();
    }

    @Test
    void cancellingLeavesTheRegistryAsItWas() {
        Cancellation cancellation = new Cancellation();

        assertThatThrownBy(() -> registry.publish(
                        xz,
                        (done, total) -> {
                            if (done > 0) {
                                cancellation.cancel();
                            }
                        },
                        cancellation))
                .isInstanceOf(ExecCancelledException.class);
        assertThat(files(registryDir)).isEmpty();
    }

    @Test
    void aLinkThatDropsAtTheLastFileLeavesNoFileUnderItsFinalName() {
        HostFiles local = DirectoryStore.local(registryDir).writableFiles().orElseThrow();
        HostFiles dropsAtTheSkein = new ForwardingFiles(local) {
            @Override
            public void upload(Path source, String target, Progress progress, Cancellation cancellation)
                    throws IOException {
                if (target.contains(".skein")) {
                    throw new IOException("Connection lost during the upload");
                }
                super.upload(source, target, progress, cancellation);
            }
        };
        Registry flaky = new Registry(DirectoryStore.onHost(dropsAtTheSkein, registryDir.toString()));

        assertThatThrownBy(() -> flaky.publish(xz, HostFiles.Progress.NONE, new Cancellation()))
                .hasMessageContaining("Connection lost");
        assertThat(files(registryDir)).isEmpty();
    }

    @Test
    void deleteRemovesEveryFileOfTheImage() throws Exception {
        registry.publish(xz, HostFiles.Progress.NONE, new Cancellation());

        registry.delete(new ImageName("web", "1.0"));

        assertThat(files(registryDir)).isEmpty();
    }

    @Test
    void aRegistryOnAHostIsPublishedListedFetchedAndVerifiedThroughItsFiles() throws Exception {
        SandboxHost host = SandboxHost.recordedHost(Clock.systemUTC());
        HostFiles files = host.files().orElseThrow();
        Registry onHost = Registry.open("vm:/tmp", name -> Optional.of(files));

        onHost.publish(xz, HostFiles.Progress.NONE, new Cancellation());
        RegistryEntry entry = onHost.list().stream()
                .filter(e -> e.name().equals(new ImageName("web", "1.0")))
                .findFirst()
                .orElseThrow();
        List<Long> progress = new ArrayList<>();
        ImageVerification verified =
                onHost.verify(entry, Optional.empty(), 2, (done, total) -> progress.add(done), new Cancellation());

        assertThat(onHost.store().urlForHosts()).isEqualTo("file:///tmp");
        assertThat(entry.xzBytes()).isEqualTo(Files.size(xz));
        assertThat(verified.passed()).as(verified.failures()).isTrue();
        assertThat(progress).isNotEmpty().last().isEqualTo(Files.size(xz) + 2 + 257);
    }

    @Test
    void aTamperedImageInARemoteRegistryFailsItsHashCheck() throws Exception {
        SandboxHost host = SandboxHost.recordedHost(Clock.systemUTC());
        HostFiles files = host.files().orElseThrow();
        flipByte(xz, 2000);
        Path skein = xz.resolveSibling(xz.getFileName() + ".skein");
        for (Path file : List.of(xz, xz.resolveSibling(xz.getFileName() + ".meta"), skein)) {
            files.upload(file, "/tmp/" + file.getFileName(), HostFiles.Progress.NONE, new Cancellation());
        }
        Registry onHost = new Registry(DirectoryStore.onHost(files, "/tmp"));

        ImageVerification verified =
                onHost.verify(onHost.list().get(0), Optional.empty(), 0, HostFiles.Progress.NONE, new Cancellation());

        assertThat(verified.failures()).contains("The image and its hash do not overlap");
    }

    @Test
    void registryNamesAreParsedAsUrlHostDirectoryOrLocalDirectory() {
        assertThat(Registry.open("https://example.org/images/", n -> Optional.empty())
                        .store())
                .isInstanceOf(HttpStore.class);
        assertThat(Registry.open(registryDir.toString(), n -> Optional.empty())
                        .store()
                        .localDirectory())
                .contains(registryDir.toAbsolutePath());
        assertThatThrownBy(() -> Registry.open("nosuch:/srv/images", n -> Optional.empty()))
                .hasMessageContaining("No host named nosuch");
        assertThatThrownBy(() -> DirectoryStore.onHost(
                        DirectoryStore.local(registryDir).writableFiles().orElseThrow(), "relative/dir"))
                .hasMessageContaining("absolute path");
    }

    private static void flipByte(Path file, long at) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 1);
        }
    }

    private static List<String> files(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Passes every call on, so a test can break one. */
    private static class ForwardingFiles implements HostFiles {
        private final HostFiles delegate;

        ForwardingFiles(HostFiles delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<Entry> list(String directory) throws IOException {
            return delegate.list(directory);
        }

        @Override
        public InputStream read(String path) throws IOException {
            return delegate.read(path);
        }

        @Override
        public void upload(Path source, String target, Progress progress, Cancellation cancellation)
                throws IOException {
            delegate.upload(source, target, progress, cancellation);
        }

        @Override
        public void rename(String from, String to) throws IOException {
            delegate.rename(from, to);
        }

        @Override
        public void delete(String path) throws IOException {
            delegate.delete(path);
        }

        @Override
        public boolean isExecutable(String path) throws IOException {
            return delegate.isExecutable(path);
        }

        @Override
        public void makeExecutable(String path) throws IOException {
            delegate.makeExecutable(path);
        }

        @Override
        public String describe() {
            return delegate.describe();
        }
    }
}
