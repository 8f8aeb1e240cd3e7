package potconsole.engine.flavour;

import java.nio.file.Files;
import java.nio.file.Path;

/** The flavour templates the console ships (resources module), for tests that read them. */
public final class FlavourTemplates {
    public static final Path DIRECTORY = Path.of("../resources/src/main/resources/potconsole/resources/flavours");

    private FlavourTemplates() {}

    public static String read(String name) throws Exception {
        return Files.readString(DIRECTORY.resolve(name));
    }
}
