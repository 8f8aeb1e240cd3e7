package potconsole.app.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import potconsole.app.cli.agent.AgentClient;
import potconsole.app.cli.agent.AgentLauncher;
import potconsole.app.cli.agent.Request;
import potconsole.app.cli.agent.Wire;
import potconsole.app.connect.SharedSessions;

/**
 * potctl's agent: serves forwarded runs on a unix-domain socket, keeps their SSH sessions open, closes a session
 * unused for the idle time and stops when no run came for that long (or on {@code potctl agent stop}).
 */
final class AgentServer {
    private final Path socket;
    private final Duration idle;
    private final Map<String, String> environment;
    private final ServerSocketChannel server;
    private final SharedSessions sessions = new SharedSessions();
    private final ExecutorService runs = Executors.newCachedThreadPool(daemon("potctl-agent-run"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("potctl-agent"));
    private final AtomicInteger active = new AtomicInteger();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Instant since = Instant.now();
    private volatile long lastUse = System.nanoTime();

    private AgentServer(Path socket, Duration idle, Map<String, String> environment, ServerSocketChannel server) {
        this.socket = socket;
        this.idle = idle;
        this.environment = Request.relevant(environment);
        this.server = server;
    }

    /** Listens on {@code socket} (its directory must be private); refuses when a live agent answers there. */
    static AgentServer bind(Path socket, Duration idle, Map<String, String> environment) throws IOException {
        SocketChannel live = AgentClient.connect(socket); // removes a stale socket
        if (live != null) {
            live.close();
            throw new IOException("an agent is already running on " + socket);
        }
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        return new AgentServer(socket, idle, environment, server);
    }

    /** Serves until stopped or idle; then waits for the runs under way and closes the sessions. */
    void serve() {
        long period = Math.max(10, Math.min(idle.toMillis() / 4, 30_000));
        timer.scheduleWithFixedDelay(this::checkIdle, period, period, TimeUnit.MILLISECONDS);
        try {
            while (true) {
                SocketChannel client = server.accept();
                active.incrementAndGet();
                runs.execute(() -> handle(client));
            }
        } catch (IOException closed) {
            // stop() closed the socket
        }
        runs.shutdown();
        try {
            runs.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timer.shutdownNow();
        sessions.close();
        stopped.countDown();
    }

    /** Stops taking runs: the socket goes first, so a potctl started now runs in its own process. */
    void stop() {
        try {
            Files.deleteIfExists(socket);
            server.close();
        } catch (IOException e) {
            System.err.println("potctl agent: " + e.getMessage());
        }
    }

    /** Blocks until {@link #serve} has finished. */
    void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    private void checkIdle() {
        if (active.get() > 0) {
            return;
        }
        sessions.closeIdle(idle);
        if (System.nanoTime() - lastUse >= idle.toNanos() && active.get() == 0) {
            System.err.println("potctl agent: idle for " + AgentLauncher.format(idle) + ", stopping");
            stop();
        }
    }

    private void handle(SocketChannel client) {
        try (client) {
            Request request =
                    Request.read(new DataInputStream(new BufferedInputStream(Channels.newInputStream(client))));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(client)));
            switch (request.kind()) {
                case Wire.RUN -> run(request, out);
                case Wire.STATUS -> reply(out, status());
                case Wire.STOP -> {
                    reply(
                            out,
                            "potctl agent: stopping (pid "
                                    + ProcessHandle.current().pid() + ")");
                    stop();
                }
                default -> throw new IOException("unknown request " + request.kind());
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("potctl agent: " + e);
        } finally {
            lastUse = System.nanoTime();
            active.decrementAndGet();
        }
    }

    private void run(Request request, DataOutputStream out) throws IOException {
        if (!request.environment().equals(environment)) {
            out.writeByte(Wire.RUN_HERE); // another HOME or XDG directory: other saved hosts, another journal
            out.flush();
            return;
        }
        out.writeByte(Wire.STARTED);
        out.flush();
        AgentRun.run(request, out, sessions);
    }

    private String status() {
        return "potctl agent: running, pid " + ProcessHandle.current().pid() + ", since " + since + ", stops after "
                + AgentLauncher.format(idle) + " idle, socket " + socket + "\nSSH sessions: " + sessions.describe();
    }

    private static void reply(DataOutputStream out, String text) throws IOException {
        out.writeByte(Wire.STARTED);
        byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
        out.writeByte(Wire.OUT);
        out.writeInt(bytes.length);
        out.write(bytes);
        out.writeByte(Wire.EXIT);
        out.writeInt(0);
        out.flush();
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
