package potconsole.app.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import potconsole.engine.command.ImportCommand;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.image.ImageName;
import potconsole.engine.image.Registry;
import potconsole.engine.image.RegistryEntry;
import potconsole.engine.job.JobContext;
import potconsole.engine.job.JobListener;
import potconsole.engine.job.JobProgress;
import potconsole.engine.parse.ImageOutputs;

/** {@code pot import} with the cache filling up shown on a terminal; one final line naming the new pot otherwise. */
@Command(name = "import", description = "Import an image from a registry onto the host (pot import).")
final class ImportCmd implements Callable<Integer> {
    @ParentCommand
    PotCtl root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The image's pot name.")
    String name;

    @Option(names = "--tag", required = true, description = "The image tag.")
    String tag;

    @Option(names = "--url", description = "Registry base URL as the host sees it: file:///dir, http(s)://…")
    String url;

    @Option(
            names = "--push-from",
            paramLabel = "DIR|URL|HOST:/DIR",
            description = "Push the image's files from this registry into the host's POT_CACHE (SFTP), then import; "
                    + "for hosts that cannot reach the registry.")
    String pushFrom;

    @Option(names = "--pubkey", description = "signify public key on the host (pot import -C).")
    String publicKey;

    @Override
    public Integer call() throws Exception {
        if ((url == null) == (pushFrom == null)) {
            throw new ParameterException(
                    spec.commandLine(), "Give either --url (pot fetches) or --push-from (the console pushes)");
        }
        PrintWriter err = spec.commandLine().getErr();
        boolean live = System.console() != null;
        ImageOutputs.Imported imported = importImage(progress(err, live));
        if (live) {
            err.println();
        }
        spec.commandLine()
                .getOut()
                .println("imported " + name + " @ " + tag + " as " + imported.localName()
                        + imported.newIp().map(ip -> " (IP " + ip + ")").orElse(""));
        return 0;
    }

    /** Progress redrawn on one line of a terminal; nothing when output goes to a file or a pipe. */
    private static JobContext progress(PrintWriter err, boolean live) {
        return new JobContext(
                new JobListener() {
                    @Override
                    public void progress(JobProgress p) {
                        if (live) {
                            err.print("\r\033[K" + p.phase() + ": " + p.message()
                                    + (p.bytesDone() > 0 ? " " + p.bytesDone() + " bytes" : "")
                                    + (p.bytesTotal() > 0 ? " of " + p.bytesTotal() : ""));
                            err.flush();
                        }
                    }
                },
                new Cancellation());
    }

    private ImageOutputs.Imported importImage(JobContext context) throws Exception {
        if (pushFrom == null) {
            ImportCommand command = new ImportCommand(name, tag, url, Optional.ofNullable(publicKey), false);
            return root.service().importImage(command, 500).run(context);
        }
        Registry registry = root.registry(pushFrom);
        ImageName image = new ImageName(name, tag);
        RegistryEntry entry = registry.list().stream()
                .filter(e -> e.name().equals(image))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no " + image.xzFile() + " in "
                        + registry.store().location()));
        return root.service()
                .pushImport(registry, entry, Optional.ofNullable(publicKey), 500)
                .run(context);
    }
}
