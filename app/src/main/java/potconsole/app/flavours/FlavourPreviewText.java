package potconsole.app.flavours;

import java.util.ArrayList;
import java.util.List;
import potconsole.engine.flavour.FlavourDocument;
import potconsole.engine.flavour.FlavourFile;
import potconsole.engine.flavour.FlavourLibrary;
import potconsole.engine.flavour.FlavourLinter;
import potconsole.engine.job.Job;
import potconsole.engine.model.NetworkType;
import potconsole.engine.sandbox.FlavourPreview;

/** The dry run of "create with these flavours" on a simulated host, told as text for the editor. */
final class FlavourPreviewText {
    private FlavourPreviewText() {}

    /**
     * The job: each flavour of {@code order} is the open document when it has its name (or there is no library),
     * else read from {@code library}; the result is the preview text.
     */
    static Job<String> job(
            List<String> order,
            FlavourDocument current,
            FlavourLibrary library,
            String pot,
            String base,
            NetworkType type) {
        return context -> {
            List<FlavourPreview.Flavour> flavours = new ArrayList<>();
            List<FlavourFile> files = new ArrayList<>();
            for (String f : order) {
                FlavourDocument d = f.equals(current.name()) || library == null ? current : library.open(f);
                flavours.add(new FlavourPreview.Flavour(d.name(), d.commandFile(), d.bootstrap()));
                files.add(FlavourFile.parse(d.commandFile().orElse("")));
            }
            FlavourPreview.Result result = FlavourPreview.of(pot, base, type, flavours);
            return describe(order, result, FlavourLinter.lintOrder(order, files));
        };
    }

    static String describe(List<String> order, FlavourPreview.Result result, List<String> orderProblems) {
        StringBuilder b = new StringBuilder();
        b.append("pot create … -f ").append(String.join(" -f ", order)).append('\n');
        b.append(result.succeeded() ? "would succeed" : "would FAIL").append("\n\npot.conf\n");
        if (result.confDiff().isEmpty()) {
            b.append("  (no change)\n");
        }
        result.confDiff().forEach(l -> b.append("  ").append(l).append('\n'));
        if (!result.fscompDiff().isEmpty()) {
            b.append("\nfscomp.conf\n");
            result.fscompDiff().forEach(l -> b.append("  ").append(l).append('\n'));
        }
        orderProblems.forEach(p -> b.append("\n").append(p).append('\n'));
        if (!result.succeeded()) {
            b.append("\npot's output:\n");
            result.output().forEach(l -> b.append("  ").append(l).append('\n'));
        }
        return b.toString();
    }
}
