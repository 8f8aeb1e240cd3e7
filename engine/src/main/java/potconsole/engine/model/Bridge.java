package potconsole.engine.model;

import java.util.Optional;

/** A private bridge: the file {@code ${POT_FS_ROOT}/bridges/<name>} with {@code net=}, {@code gateway=}, {@code name=}. */
public record Bridge(String name, Optional<String> network, Optional<String> gateway) {}
