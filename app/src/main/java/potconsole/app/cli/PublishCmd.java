package potconsole.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.image.Registry;

/** Verifies an image and copies its files into a registry, renaming them into place only when all are complete. */
@Command(name = "publish", description = "Publish a verified image into a registry directory (atomically).")
final class PublishCmd implements Callable<Integer> {
    @ParentCommand
    PotCtl root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.xz", description = "The image; its .meta/.skein/.sig go with it.")
    Path xz;

    @Parameters(
            index = "1",
            paramLabel = "DIR|HOST:/DIR",
            description = "The registry directory: here, or on the sandbox or a saved host (SFTP).")
    String registry;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        boolean live = System.console() != null;
        Registry target = root.registry(registry);
        List<String> published = target.publish(
                xz,
                (done, total) -> {
                    if (live) {
                        err.print("\r\033[Kpublishing: " + done + " of " + total + " bytes");
                        err.flush();
                    }
                },
                new Cancellation());
        if (live) {
            err.println();
        }
        spec.commandLine()
                .getOut()
                .println("published " + published.size() + " files to "
                        + target.store().location());
        return 0;
    }
}
