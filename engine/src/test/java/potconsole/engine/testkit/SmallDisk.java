package potconsole.engine.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real, tiny file system (tmpfs of a few hundred KiB) for "the disk is full" tests: writes beyond its size fail
 * with the kernel's ENOSPC, exactly as a full disk does. Mounting needs root (CI runs as root); elsewhere the test
 * is skipped, not faked.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    public static SmallDisk mount(int kibibytes) throws IOException, InterruptedException {
        Path point = Files.createTempDirectory("small-disk");
        int exit = run("mount", "-t", "tmpfs", "-o", "size=" + kibibytes + "k", "tmpfs", point.toString());
        if (exit != 0) {
            Files.delete(point);
        }
        assumeTrue(exit == 0, "mounting a tmpfs needs root; skipped");
        return new SmallDisk(point);
    }

    public Path path() {
        return mountPoint;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (run("umount", mountPoint.toString()) != 0) {
            throw new IOException("could not unmount " + mountPoint);
        }
        Files.delete(mountPoint);
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        return p.waitFor();
    }
}
