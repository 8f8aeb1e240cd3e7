package potconsole.app.hosts;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import potconsole.app.dialog.DialogService;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.pots.PotsViewModel;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.host.HostProfile;
import potconsole.engine.host.HostStore;
import potconsole.engine.service.PotService;
import potconsole.ssh.HostCheck;
import potconsole.ssh.SshPrompts;

/**
 * The hosts of the sidebar: the sandbox, and the saved SSH hosts. Adds, removes and tests hosts; decides when each
 * is read again — every {@link #INTERVAL} while reachable, backing off to {@link #MAX_BACKOFF} while unreachable, so
 * a dead host burns no CPU and never freezes anything. FX thread only.
 */
public final class HostsViewModel {
    public static final Duration INTERVAL = Duration.ofSeconds(20);
    public static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final ObservableList<HostEntry> hosts = FXCollections.observableArrayList();
    private final HostStore store;
    private final PotsViewModel pots;
    private final TasksViewModel tasks;
    private final DialogService dialogs;
    private final Function<HostProfile, CommandRunner> connect;

    public HostsViewModel(
            HostStore store,
            PotsViewModel pots,
            TasksViewModel tasks,
            DialogService dialogs,
            Function<HostProfile, CommandRunner> connect) {
        this.store = store;
        this.pots = pots;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.connect = connect;
    }

    public ObservableList<HostEntry> hosts() {
        return hosts;
    }

    public void addSandbox(HostEntry sandbox) {
        hosts.add(0, sandbox);
    }

    /** Adds every saved host (done once at start). */
    public void loadSaved() {
        for (HostProfile p : store.load()) {
            hosts.add(entry(p));
        }
    }

    private HostEntry entry(HostProfile p) {
        return new HostEntry(p.name(), false, Optional.of(p), new PotService(connect.apply(p), p.privilege()));
    }

    /** Saves the profile, adds it to the sidebar and reads it. */
    public HostEntry add(HostProfile profile) {
        store.put(profile);
        hosts.removeIf(h -> h.name().equals(profile.name()));
        HostEntry e = entry(profile);
        hosts.add(e);
        pots.refresh(e);
        return e;
    }

    public void remove(HostEntry host) {
        if (host.isSandbox()) {
            return;
        }
        dialogs.confirm(
                "Remove " + host.name() + "?",
                "The console forgets this host (its pots are not touched).",
                "Remove",
                () -> {
                    store.remove(host.name());
                    hosts.remove(host);
                    pots.forget(host);
                });
    }

    /** Connects afresh and reports precisely what works (DNS, refused, auth, host key, pot, group pot…). */
    public void test(HostEntry host, SshPrompts prompts) {
        if (host.profile().isEmpty()) {
            dialogs.info("Test connection", host.name() + " is the built-in sandbox: always reachable.");
            return;
        }
        HostProfile p = host.profile().get();
        tasks.run(
                "Test connection to " + host.name(),
                host.name(),
                ctx -> HostCheck.run(HostCheck.target(p), prompts),
                r -> {
                    if (r.ok()) {
                        dialogs.info("Test connection", r.message());
                    } else {
                        dialogs.error("Test connection", r.message(), "Status: " + r.status());
                    }
                },
                e -> dialogs.error("Test connection", String.valueOf(e.getMessage()), e.toString()));
    }

    /** When to read a host next: the interval, doubled for each failure in a row, capped. */
    public static Duration nextRefresh(HostEntry host) {
        int failures = host.failuresInARow();
        if (failures == 0) {
            return INTERVAL;
        }
        long seconds = INTERVAL.toSeconds() << Math.min(failures, 8);
        return Duration.ofSeconds(Math.min(seconds, MAX_BACKOFF.toSeconds()));
    }
}
