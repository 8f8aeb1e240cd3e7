package potconsole.engine.model;

/** A flavour in the host's flavour directory: a command file {@code NAME}, a bootstrap {@code NAME.sh}, or both. */
public record Flavour(String name, boolean hasCommandFile, boolean hasBootstrap) {}
