package potconsole.engine.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

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
        host.seed("mkdir", "-p", "/tmp/images");
        host.seed("pot", "create", "-p", "web", "-b", "13.2", "-t", "single");
        host.seed("pot", "set-cmd", "-p", "web", "-c", "nginx -g 'daemon off;'");
        host.seed("pot", "set-attr", "-p", "web", "-A", "no-rc-script", "-V", "YES");
        host.seed("pot", "set-env", "-p", "web", "-E", "GREETING=hello world");
        host.seed("pot", "create-fscomp", "-f", "www-data");
        host.seed("pot", "mount-in", "-p", "web", "-f", "www-data", "-m", "/usr/local/www", "-r");
        state.hostFile("/usr/local/etc/pot-hooks/web-prestart.sh", "echo preparing web\n");
        host.seed("pot", "set-hook", "-p", "web", "-s", "/usr/local/etc/pot-hooks/web-prestart.sh");
        host.seed("pot", "snapshot", "-p", "web");
        host.seed("pot", "export", "-p", "web", "-t", "1.0", "-D", "/tmp/images");
        host.seed("pot", "clone", "-p", "web-staging", "-P", "web");
        host.seed("pot", "create", "-p", "nginx", "-b", "13.2", "-t", "single", "-N", "public-bridge");
        host.seed("pot", "export-ports", "-p", "nginx", "-e", "80:8080", "-e", "443");
        host.seed("pot", "snapshot", "-p", "nginx");
        host.seed("pot", "snapshot", "-p", "nginx");
        host.seed("pot", "start", "nginx");
        host.seed("pot", "create", "-p", "multi", "-b", "13.2");
        host.seed("pot", "create", "-p", "demo", "-b", "13.2", "-t", "single", "-f", "demo-nginx");
        host.seed("pot", "create-private-bridge", "-B", "backend", "-S", "4");
        host.seed("pot", "create", "-p", "db", "-b", "13.2", "-t", "single", "-N", "private-bridge", "-B", "backend");
        host.seed("pot", "set-rss", "-p", "db", "-C", "1", "-M", "512M");
        host.seed("pot", "add-dep", "-p", "nginx", "-P", "db");
        host.seed("pot", "start", "db");
        host.seed("pot", "create", "-p", "batch", "-b", "13.2", "-t", "single");
        host.seed("pot", "set-attr", "-p", "batch", "-A", "persistent", "-V", "NO");
        host.seed("pot", "set-attr", "-p", "batch", "-A", "no-rc-script", "-V", "YES");
        host.seed("pot", "set-cmd", "-p", "batch", "-c", "sh -c 'exit 3'");
        host.seed("pot", "start", "batch");
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

        @Override
        public synchronized Instant instant() {
            now = now.plusSeconds(1);
            return now;
        }
    }
}
