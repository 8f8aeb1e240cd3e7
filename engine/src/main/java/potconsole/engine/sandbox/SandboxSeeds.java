package potconsole.engine.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import potconsole.engine.exec.ExecListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.ExecResult;

/** The two starting states: the recorded host of the transcripts, and the console's demo host. */
final class SandboxSeeds {
    /** Base 13.2 was created (and snapshotted) at this second on the recorded host. */
    static final String RECORDED_BASE_SNAPSHOT = "1795377410";

    private SandboxSeeds() {}

    /**
     * What demo-nginx's bootstrap says on stderr in place of pkg's output (the recording host printed its own
     * stand-in's line there). Nothing is downloaded in the sandbox, and it says so in its own words.
     */
    static final String PKG_NOT_RUN = "pkg install -y nginx: not run — this is the sandbox, nothing is downloaded";

    static SandboxState recordedState(Clock clock) {
        return recordedState("vm", clock);
    }

    static SandboxState recordedState(String hostname, Clock clock) {
        SandboxState s = new SandboxState(hostname, clock);
        CreateCommands.addBase(s, "13.2", RECORDED_BASE_SNAPSHOT);
        // create-base ran the fbsd-update flavour, which started base-13_2 once: the next jail gets JID 2.
        s.nextJid = 2;
        s.flavours.put(
                "dns",
                new SandboxFlavour(
                        "dns",
                        "set-attribute -A start-at-boot -V YES\n",
                        "#!/bin/sh\npkg install -y dnsmasq consul\n",
                        List.of(),
                        List.of(),
                        Map.of()));
        s.flavours.put(
                "fbsd-update", SandboxFlavour.script("fbsd-update", "#!/bin/sh\nfreebsd-update fetch install\n"));
        s.flavours.put(
                "demo-nginx",
                new SandboxFlavour(
                        "demo-nginx",
                        "set-cmd -c /usr/local/bin/hello\n",
                        "#!/bin/sh\nsysrc hello_enable=YES\npkg install -y nginx\n",
                        List.of("hello_enable:  -> YES", "demo-nginx bootstrap done for pot ${POT} on ${HOSTNAME}"),
                        List.of(PKG_NOT_RUN),
                        Map.of("/usr/local/bin/hello", "#!sandbox hello\n")));
        s.flavours.put("slim", SandboxFlavour.script("slim", "#!/bin/sh\nrm -rf /usr/share/doc /usr/share/examples\n"));
        s.flavours.values().stream()
                .filter(f -> f.bootstrap() != null)
                .forEach(f -> s.executables.add(SandboxFiles.FLAVOURS + f.name() + ".sh"));
        return s;
    }

    /**
     * The demo host: built by running pot commands against the recorded host, so every pot on it is in a state pot
     * itself could have produced — single and multi pots, running and stopped, a bridge pot with exported ports,
     * snapshots, an exported image, a clone, a private bridge, an fscomp and a failed non-persistent run.
     */
    static SandboxHost demo(Clock clock, Pacer pacer) {
        Instant start = clock.instant().minus(Duration.ofDays(3));
        TickingClock seedClock = new TickingClock(start);
        SandboxState state = recordedState("sandbox", seedClock);
        SandboxHost host = new SandboxHost(state, Pacer.instant(), true);
        SandboxSyslog.keep(state);
        seed(host, "mkdir", "-p", "/tmp/images");
        seed(host, "pot", "create", "-p", "web", "-b", "13.2", "-t", "single");
        seed(host, "pot", "set-cmd", "-p", "web", "-c", "nginx -g 'daemon off;'");
        seed(host, "pot", "set-attr", "-p", "web", "-A", "no-rc-script", "-V", "YES");
        seed(host, "pot", "set-env", "-p", "web", "-E", "GREETING=hello world");
        seed(host, "pot", "create-fscomp", "-f", "www-data");
        seed(host, "pot", "mount-in", "-p", "web", "-f", "www-data", "-m", "/usr/local/www", "-r");
        state.hostFile("/usr/local/etc/pot-hooks/web-prestart.sh", "echo preparing web\n");
        seed(host, "pot", "set-hook", "-p", "web", "-s", "/usr/local/etc/pot-hooks/web-prestart.sh");
        seed(host, "pot", "snapshot", "-p", "web");
        seed(host, "pot", "export", "-p", "web", "-t", "1.0", "-D", "/tmp/images");
        seed(host, "pot", "clone", "-p", "web-staging", "-P", "web");
        seed(host, "pot", "create", "-p", "nginx", "-b", "13.2", "-t", "single", "-N", "public-bridge");
        seed(host, "pot", "export-ports", "-p", "nginx", "-e", "80:8080", "-e", "443");
        seed(host, "pot", "snapshot", "-p", "nginx");
        seed(host, "pot", "snapshot", "-p", "nginx");
        seed(host, "pot", "start", "nginx");
        seed(host, "pot", "create", "-p", "multi", "-b", "13.2");
        seed(host, "pot", "create", "-p", "demo", "-b", "13.2", "-t", "single", "-f", "demo-nginx");
        seed(host, "pot", "create-private-bridge", "-B", "backend", "-S", "4");
        seed(host, "pot", "create", "-p", "db", "-b", "13.2", "-t", "single", "-N", "private-bridge", "-B", "backend");
        seed(host, "pot", "set-rss", "-p", "db", "-C", "1", "-M", "512M");
        seed(host, "pot", "add-dep", "-p", "nginx", "-P", "db");
        seed(host, "pot", "start", "db");
        seed(host, "pot", "create", "-p", "batch", "-b", "13.2", "-t", "single");
        seed(host, "pot", "set-attr", "-p", "batch", "-A", "persistent", "-V", "NO");
        seed(host, "pot", "set-attr", "-p", "batch", "-A", "no-rc-script", "-V", "YES");
        seed(host, "pot", "set-cmd", "-p", "batch", "-c", "sh -c 'exit 3'");
        seed(host, "pot", "start", "batch");
        SandboxLogHistory.write(host, seedClock.peek());
        state.clock = clock;
        host.setPacer(pacer);
        return host;
    }

    /** Advances one second per reading, so seeded snapshots get distinct epoch names. */
    static final class TickingClock extends Clock {
        private Instant now;

        TickingClock(Instant start) {
            this.now = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        /** The time without moving it on (syslog stamps must not shift seeded snapshot names). */
        synchronized Instant peek() {
            return now;
        }

        @Override
        public synchronized Instant instant() {
            now = now.plusSeconds(1);
            return now;
        }
    }

    /** Runs a seeding command; fails loudly if the seed does not apply. */
    static void seed(SandboxHost host, String... argv) {
        CollectingListener l = new CollectingListener();
        ExecResult r = host.run(ExecRequest.of(argv), l);
        if (r.exitCode() != 0 && !(argv.length > 1 && argv[1].equals("start"))) {
            throw new IllegalStateException("sandbox seed failed: " + String.join(" ", argv) + " → " + l.lines);
        }
    }

    private static final class CollectingListener implements ExecListener {
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void stdoutLine(String line) {
            lines.add(line);
        }

        @Override
        public void stderrLine(String line) {
            lines.add(line);
        }
    }
}
