package potconsole.app.flavours;

import java.util.List;
import java.util.function.Supplier;

/**
 * What a flavour row may name on the editor's host, read when a row is built: its pots (add-dep -P) and its fscomps
 * (mount-in -f), offered as the name is typed.
 */
public record HostNames(Supplier<List<String>> pots, Supplier<List<String>> fscomps) {}
