package potconsole.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import potconsole.engine.image.DirectoryPublisher;

/** Verifies an image and copies its files into a registry directory, renaming them into place only when complete. */
@Command(name = "publish", description = "Publish a verified image into a registry directory (atomically).")
final class PublishCmd implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.xz", description = "The image; its .meta/.skein/.sig go with it.")
    Path xz;

    @Parameters(index = "1", paramLabel = "DIR", description = "The registry directory (local or mounted).")
    Path registry;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        boolean live = System.console() != null;
        List<Path> published = DirectoryPublisher.publish(xz, registry, (done, total) -> {
            if (live) {
                err.print("\r\033[Kpublishing: " + done + " of " + total + " bytes");
                err.flush();
            }
        });
        if (live) {
            err.println();
        }
        spec.commandLine().getOut().println("published " + published.size() + " files to " + registry);
        return 0;
    }
}
