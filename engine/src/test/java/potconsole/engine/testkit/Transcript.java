package potconsole.engine.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import potconsole.engine.parse.PotOutput;

/**
 * One recorded pot 0.16.0 transcript from {@code samples/pot-0.16.0/}: the command, its exit code and its exact
 * stdout and stderr.
 */
public record Transcript(String file, String command, int exitCode, String stdout, String stderr) {
    public static final String DIR = "/samples/pot-0.16.0/";

    public static Transcript load(String file) {
        String text = read(file);
        String command = header(text, "# command  : ");
        String exit = header(text, "# exit code: ");
        int out = text.indexOf("==== stdout ====\n");
        int err = text.indexOf("==== stderr ====\n");
        int end = text.lastIndexOf("==== end ====");
        if (out < 0 || err < 0 || end < 0) {
            throw new IllegalArgumentException(file + " is not a transcript");
        }
        return new Transcript(
                file,
                command,
                Integer.parseInt(exit.strip()),
                text.substring(out + "==== stdout ====\n".length(), err),
                text.substring(err + "==== stderr ====\n".length(), end));
    }

    /** A raw sample file that is not a transcript (e.g. pot.conf-web.txt). */
    public static String read(String file) {
        try (InputStream in = Transcript.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(String text, String prefix) {
        for (String line : text.split("\n")) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length());
            }
        }
        throw new IllegalArgumentException("missing header " + prefix);
    }

    /** The pot subcommand of a {@code pot <subcommand> ...} transcript ("stop"), or the program otherwise. */
    public String subcommand() {
        String[] words = command.strip().split("\\s+");
        return words[0].equals("pot") && words.length > 1 ? words[1] : words[0];
    }

    public PotOutput output() {
        return PotOutput.of(stdout, stderr);
    }

    public List<String> data() {
        return output().data();
    }

    public List<String> stdoutLines() {
        return PotOutput.lines(stdout);
    }
}
