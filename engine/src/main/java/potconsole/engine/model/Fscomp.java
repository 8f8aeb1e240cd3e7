package potconsole.engine.model;

/** A file-system component: a child dataset of {@code ${POT_ZFS_ROOT}/fscomp} ({@code pot ls -f}). */
public record Fscomp(String name) {}
