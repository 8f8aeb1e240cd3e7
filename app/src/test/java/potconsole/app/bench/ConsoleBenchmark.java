package potconsole.app.bench;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import potconsole.app.pots.PotsView;
import potconsole.app.pots.PotsViewModel;
import potconsole.app.state.HostEntry;
import potconsole.engine.exec.Privilege;
import potconsole.engine.model.HostInventory;
import potconsole.engine.model.Pot;
import potconsole.engine.model.PotConfig;
import potconsole.engine.model.PotSettings;
import potconsole.engine.model.PotState;
import potconsole.engine.model.Snapshot;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;
import potconsole.engine.testkit.Transcript;

/**
 * Prints the console's table figures (not a test): 10,000 pots across 50 hosts in a shown, sorted, filtered table on
 * the FX thread (Monocle, headless); the time of one host's refresh diff and the heap used.
 * Run: {@code mvn -q -Pbench -pl app test-compile exec:java} after {@code mvn -q install -DskipTests}.
 */
public final class ConsoleBenchmark {
    /** -Dbench.hosts=5 gives the 1,000-pot figure of the start-up and footprint section. */
    private static final int HOSTS = Integer.getInteger("bench.hosts", 50);

    private static final int PER_HOST = 200;

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1600x1200-32");
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();

        String conf = Transcript.load("69-pot-conf-nginx.txt").stdout();
        javafx.collections.ObservableList<HostEntry> hosts = javafx.collections.FXCollections.observableArrayList();
        PotsViewModel model = new PotsViewModel(hosts);
        List<HostInventory> inventories = new ArrayList<>();
        PotService unused = new PotService(SandboxHost.recordedHost(Clock.systemUTC()), Privilege.NONE);
        for (int h = 0; h < HOSTS; h++) {
            hosts.add(new HostEntry("host" + h, false, unused));
            inventories.add(inventory(conf, h, 0));
        }
        long before = usedHeap();
        if (System.getProperty("bench.noTable") == null)
            onFx(() -> {
                Stage stage = new Stage();
                stage.setScene(new Scene(new PotsView(model), 1400, 900));
                stage.show();
            });
        onFx(() -> {
            for (int h = 0; h < HOSTS; h++) {
                hosts.get(h).markReached(java.time.Instant.now(), inventories.get(h));
            }
        });
        long after = usedHeap();
        double[] ms = new double[40];
        for (int i = 0; i < ms.length; i++) {
            int host = i % HOSTS;
            HostInventory next = inventory(conf, host, i + 1);
            AtomicLong took = new AtomicLong();
            onFx(() -> {
                long t0 = System.nanoTime();
                hosts.get(host).markReached(java.time.Instant.now(), next);
                took.set(System.nanoTime() - t0);
            });
            onFx(() -> {});
            ms[i] = took.get() / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(
                Locale.ROOT,
                "rows in the table: %d (%d hosts x %d pots)%n",
                model.allRows().size(),
                HOSTS,
                PER_HOST);
        System.out.printf(
                Locale.ROOT,
                "one host's refresh diff on the FX thread (10 of 200 pots changed): median %.2f ms,"
                        + " p90 %.2f ms, max %.2f ms (goal <= 16 ms)%n",
                ms[ms.length / 2],
                ms[(int) (ms.length * 0.9)],
                ms[ms.length - 1]);
        System.out.printf(
                Locale.ROOT,
                "heap used by %,d pots in the table: %.1f MiB; process resident: %s%n",
                HOSTS * PER_HOST,
                (after - before) / 1048576.0,
                residentSize());
        Platform.exit();
    }

    /** One host's pots; round {@code r} changes the state of 10 of them. */
    private static HostInventory inventory(String conf, int host, int round) {
        List<Pot> pots = new ArrayList<>(PER_HOST);
        for (int i = 0; i < PER_HOST; i++) {
            String name = String.format(Locale.ROOT, "h%02d-pot%03d", host, i);
            boolean flipped = round > 0 && i % 20 == round % 20;
            Pot p = Pot.fromConfig(name, PotConfig.parse(conf.replace("nginx.vm", name + ".vm")), List.of())
                    .withRuntime(
                            flipped == (i % 2 == 0) ? PotState.STOPPED : PotState.RUNNING,
                            List.of(new Snapshot("1795377455")),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty());
            pots.add(p);
        }
        return new HostInventory(
                PotSettings.defaults(), pots, List.of(), List.of(), List.of(), List.of(), List.of(), Instant.now());
    }

    private static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    /** VmRSS of this process (Linux), after the collections of usedHeap. */
    private static String residentSize() {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 + " MiB")
                    .findFirst()
                    .orElse("unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
