package potconsole.engine.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * What the demo host's pot log holds besides the seeding commands: lines of programs other than the console, each a
 * command that leaves pot's state as the seed made it — a Nomad job that ran for a day (the driver's prepare,
 * settings, start and destroy, pot-spec §8.2), a nightly backup cron job, and an admin reloading nginx by hand.
 */
final class SandboxLogHistory {
    private static final String ALLOC = "0b7d3c4e-91a2-4b3f-8c5d-2e6f7a8b9c0d";
    private static final String NOMAD_POT = "www_6f1c2a9e_" + ALLOC;

    private SandboxLogHistory() {}

    /** The lines in time order (syslogd appends as they come), none later than the seed's now. */
    static void write(SandboxHost host, Instant seeded) {
        TreeMap<Instant, String> log = new TreeMap<>();
        Instant nomad = seeded.plus(Duration.ofHours(5));
        log.put(
                nomad,
                "prepare -U https://potluck.honeyguide.net/nginx-nomad -p nginx-nomad-amd64-13_1 -t 1.1.13"
                        + " -c \"nginx -g 'daemon off;'\" -N public-bridge -i auto -e 80:23456 -a 6f1c2a9e_" + ALLOC
                        + " -n www -v");
        log.put(
                nomad.plusSeconds(9),
                "mount-in -p " + NOMAD_POT + " -d /var/nomad/alloc/" + ALLOC + "/www/local -m /local");
        log.put(nomad.plusSeconds(9).plusMillis(1), "set-env -p " + NOMAD_POT + " -E NOMAD_ALLOC_ID=" + ALLOC);
        log.put(nomad.plusSeconds(10), "set-rss -M 256M -p " + NOMAD_POT);
        log.put(nomad.plusSeconds(10).plusMillis(1), "start " + NOMAD_POT);
        log.put(nomad.plus(Duration.ofHours(26)), "destroy -p " + NOMAD_POT + " -F");
        Instant night = seeded.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(27));
        List<Instant> backups = new ArrayList<>();
        for (int day = 0; day < 3; day++) {
            backups.add(night.plus(Duration.ofDays(day)));
            log.put(night.plus(Duration.ofDays(day)), "exec -p db /usr/local/bin/db-backup --to /backup");
        }
        log.put(seeded.plus(Duration.ofHours(50)), "exec -p nginx service nginx reload");
        Instant now = seeded.plus(Duration.ofDays(3));
        SandboxSyslog syslog = SandboxSyslog.of(host);
        // root's crontab: 0 3 * * * /usr/local/bin/pot exec -p db /usr/local/bin/db-backup --to /backup
        backups.stream()
                .filter(at -> at.isBefore(now))
                .forEach(at -> syslog.cronJob(
                        at, "root", "/usr/local/bin/pot exec -p db /usr/local/bin/db-backup --to /backup"));
        log.headMap(now).forEach(syslog::append);
    }
}
