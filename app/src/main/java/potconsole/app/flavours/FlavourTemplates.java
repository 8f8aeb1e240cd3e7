package potconsole.app.flavours;

import java.util.List;
import potconsole.engine.flavour.FlavourDocument;
import potconsole.resources.Bundled;

/** The flavour templates shipped in the resources module (flavours/TEMPLATES lists them). */
public final class FlavourTemplates {
    /** A template: its flavour name and what it is for. */
    public record Template(String name, String description) {}

    private FlavourTemplates() {}

    public static List<Template> all() {
        return Bundled.text("flavours/TEMPLATES")
                .lines()
                .filter(l -> l.contains("\t"))
                .map(l -> new Template(l.substring(0, l.indexOf('\t')), l.substring(l.indexOf('\t') + 1)))
                .toList();
    }

    public static FlavourDocument load(String name) {
        return new FlavourDocument(
                name, Bundled.find("flavours/" + name), Bundled.find("flavours/" + name + ".sh"), false);
    }
}
