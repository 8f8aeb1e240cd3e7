package potconsole.engine.build;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import potconsole.engine.command.CreateCommand;
import potconsole.engine.command.DestroyCommand;
import potconsole.engine.command.ExecCommand;
import potconsole.engine.command.ListCommand;
import potconsole.engine.command.NetworkOptions;
import potconsole.engine.command.ShellWords;
import potconsole.engine.command.StartCommand;
import potconsole.engine.command.StopCommand;
import potconsole.engine.error.PotException;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.ExecCancelledException;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.job.JobContext;
import potconsole.engine.model.PotType;
import potconsole.engine.service.PotService;

/**
 * The pot a build works in, under a name of its own ({@code <image>-build-<hex>}): created single with the recipe's
 * flavours, started for the checks ({@code pot start} may block for the pot's whole life, so it runs on a thread of
 * its own until {@code pot stop} ends it), stopped, and destroyed at the end whatever happened.
 */
final class TemporaryPot {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long START_TIMEOUT_MILLIS = 300_000;

    private final PotService host;
    private final String name;
    private CompletableFuture<Void> running;

    TemporaryPot(PotService host, String name) {
        this.host = host;
        this.name = name;
    }

    /** A name no pot on the host has. */
    static TemporaryPot on(PotService host, String image) {
        List<String> taken = host.names(ListCommand.Kind.POTS);
        String name;
        do {
            byte[] tag = new byte[3];
            RANDOM.nextBytes(tag);
            name = image + "-build-" + HexFormat.of().formatHex(tag);
        } while (taken.contains(name));
        return new TemporaryPot(host, name);
    }

    String name() {
        return name;
    }

    /** {@code pot create -t single} with the flavours; {@code onFlavours} runs when pot begins applying them. */
    void create(BuildRecipe recipe, boolean keep, JobContext context, Runnable onFlavours) {
        CreateCommand create = new CreateCommand(
                name,
                PotType.SINGLE,
                Optional.empty(),
                Optional.of(recipe.base()),
                Optional.empty(),
                NetworkOptions.of(recipe.network()),
                recipe.flavours(),
                keep);
        host.execute(create, new FlavourStart(context.execListener(), onFlavours), context.cancellation());
    }

    /** Starts the pot and waits until it runs (or its start fails or the job is cancelled). */
    void start(JobContext context, long pollMillis) throws Exception {
        ExecListener lines = context.execListener();
        running = CompletableFuture.runAsync(
                () -> host.execute(StartCommand.of(name), lines, context.cancellation()), TemporaryPot::daemon);
        try {
            awaitRunning(context, pollMillis);
        } catch (ExecutionException e) {
            // pot start failed or was cancelled on its thread: its own exception, so a cancel stays a cancel.
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private void awaitRunning(JobContext context, long pollMillis) throws Exception {
        long waited = 0;
        while (!host.isRunning(name)) {
            if (running.isDone()) {
                running.get();
                if (!host.isRunning(name)) {
                    throw new IllegalStateException("pot start " + name + " returned, but the pot is not running");
                }
                return;
            }
            if (context.isCancelled()) {
                throw new ExecCancelledException("cancelled while " + name + " starts");
            }
            if (waited > START_TIMEOUT_MILLIS) {
                throw new IllegalStateException(name + " did not start within " + START_TIMEOUT_MILLIS / 1000 + " s");
            }
            try {
                running.get(pollMillis, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillStarting) {
                waited += pollMillis;
            }
        }
    }

    /** One check: {@code pot exec -p NAME WORDS…}; its exit status must be 0. */
    void check(String check, JobContext context) {
        List<String> words = ShellWords.split(check);
        try {
            host.execute(
                    new ExecCommand(name, words, List.of(), Optional.empty(), false, false),
                    context.execListener(),
                    context.cancellation());
        } catch (PotException e) {
            throw new IllegalStateException("check '" + check + "' exited " + e.exitCode(), e);
        }
    }

    /** {@code pot stop} when the pot runs; then the start thread, if any, has ended too. */
    void stop(JobContext context) throws InterruptedException {
        if (host.isRunning(name)) {
            host.execute(new StopCommand(name), context.execListener(), context.cancellation());
        }
        if (running != null) {
            try {
                running.get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException endedHowever) {
                // pot start of a non-persistent pot ends when the pot is stopped, often with 125: expected.
            }
            running = null;
        }
    }

    /** {@code pot destroy -F}, not cancellable (the build's cancel is what asked for it); false if it is not there. */
    boolean destroy(ExecListener lines) {
        if (!exists()) {
            return false;
        }
        host.execute(
                new DestroyCommand(DestroyCommand.Target.POT, name, true, false, false), lines, new Cancellation());
        return true;
    }

    boolean exists() {
        return host.names(ListCommand.Kind.POTS).contains(name);
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "pot-build-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** Passes create's lines on; the first line after pot's info block and base extraction starts the flavours. */
    private static final class FlavourStart implements ExecListener {
        private final ExecListener lines;
        private final Runnable onFlavours;
        private boolean infoDone;
        private boolean started;

        FlavourStart(ExecListener lines, Runnable onFlavours) {
            this.lines = lines;
            this.onFlavours = onFlavours;
        }

        @Override
        public void stdoutLine(String line) {
            if (infoDone && !started && !line.contains("Fetching FreeBSD") && !line.contains("Extract the tarball")) {
                started = true;
                onFlavours.run();
            }
            infoDone |= line.contains("flavours     :");
            lines.stdoutLine(line);
        }

        @Override
        public void stderrLine(String line) {
            lines.stderrLine(line);
        }
    }
}
