import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites a jar's classes older than Java 6 (class-file version 50) as Java 8 class files with stack map frames, so
 * class-data sharing archives them (CDS skips pre-6 classes: picocli ships Java 5 bytecode for its older users).
 *   java -cp asm.jar Retarget.java JAR      (the jar is replaced; prints how many classes were rewritten)
 */
public final class Retarget {
    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Path out = Files.createTempFile(jar.getParent(), "retarget", ".jar");
        int rewritten = 0;
        try (ZipFile in = new ZipFile(jar.toFile());
                URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                byte[] bytes;
                try (InputStream s = in.getInputStream(entry)) {
                    bytes = s.readAllBytes();
                }
                if (entry.getName().endsWith(".class") && major(bytes) < Opcodes.V1_6) {
                    bytes = retarget(bytes, loader);
                    rewritten++;
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        Files.move(out, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("retarget: " + jar.getFileName() + ": " + rewritten + " classes rewritten as Java 8");
    }

    private static int major(byte[] classFile) {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    private static byte[] retarget(byte[] classFile, ClassLoader jarClasses) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return jarClasses; // the frames' common superclasses are the jar's own classes or the JDK's
            }
        };
        reader.accept(
                new ClassVisitor(Opcodes.ASM9, writer) {
                    @Override
                    public void visit(int version, int access, String name, String sig, String sup, String[] ifs) {
                        super.visit(Opcodes.V1_8, access, name, sig, sup, ifs);
                    }
                },
                ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}
