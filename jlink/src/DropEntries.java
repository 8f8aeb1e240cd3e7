import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Removes the entries whose names match a regular expression from a jar, keeping the others in order (manifest
 * first). The image build runs it as a source file, so it needs nothing beyond the JDK:
 * {@code java DropEntries.java JAR REGEX}.
 */
public final class DropEntries {
    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Pattern drop = Pattern.compile(args[1]);
        Path part = jar.resolveSibling(jar.getFileName() + ".part");
        int dropped = 0;
        try (ZipFile in = new ZipFile(jar.toFile());
                OutputStream file = Files.newOutputStream(part);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                if (drop.matcher(entry.getName()).matches()) {
                    dropped++;
                    continue;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
        }
        Files.move(part, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println(jar.getFileName() + ": " + dropped + " entries dropped");
    }
}
