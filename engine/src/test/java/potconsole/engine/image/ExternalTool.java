package potconsole.engine.image;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs the reference tools (xz-utils, signify-openbsd) the image formats are checked against. */
record ExternalTool(int exitCode, byte[] stdout, String stderr) {

    static ExternalTool run(Path directory, byte[] stdin, String... command) throws IOException, InterruptedException {
        potconsole.engine.testkit.RequiredTool.require(command[0], command[0].equals("xz") ? "xz-utils" : command[0]);
        Process process = new ProcessBuilder(List.of(command))
                .directory(directory.toFile())
                .redirectError(ProcessBuilder.Redirect.PIPE)
                .start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin);
        }
        byte[] out = process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new ExternalTool(process.waitFor(), out, err);
    }

    static ExternalTool run(Path directory, String... command) throws IOException, InterruptedException {
        return run(directory, new byte[0], command);
    }
}
