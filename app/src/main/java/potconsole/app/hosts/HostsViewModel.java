package potconsole.app.hosts;

import java.util.Optional;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import potconsole.app.connect.Connections;
import potconsole.app.dialog.DialogService;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.state.HostEntry;
import potconsole.app.state.HostPoller;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.HostFiles;
import potconsole.engine.host.HostProfile;
import potconsole.engine.host.HostStore;
import potconsole.engine.service.PotService;

/**
 * The hosts of the sidebar: the sandbox, this machine when it has pot, and the saved SSH hosts. Adds, edits, removes
 * and tests hosts; reading them is the {@link HostPoller}'s. FX thread only.
 */
public final class HostsViewModel {
    private final ObservableList<HostEntry> hosts = FXCollections.observableArrayList();
    private final HostStore store;
    private final HostPoller poller;
    private final TasksViewModel tasks;
    private final DialogService dialogs;
    private final Function<HostProfile, CommandRunner> connect;
    private final Function<HostProfile, Connections.Check> check;

    /**
     * @param connect a saved host's connection (SSH, journaled)
     * @param check a connection test from scratch
     */
    public HostsViewModel(
            HostStore store,
            HostPoller poller,
            TasksViewModel tasks,
            DialogService dialogs,
            Function<HostProfile, CommandRunner> connect,
            Function<HostProfile, Connections.Check> check) {
        this.store = store;
        this.poller = poller;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.connect = connect;
        this.check = check;
    }

    public ObservableList<HostEntry> hosts() {
        return hosts;
    }

    /** The file access of the host with this name (registries named {@code HOST:/dir}), if it has one. */
    public Optional<HostFiles> files(String name) {
        return HostEntry.files(hosts, name);
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

    /** Saves the profile (replacing one of the same name), adds it to the sidebar and reads it. */
    public HostEntry add(HostProfile profile) {
        store.put(profile);
        hosts.stream().filter(h -> h.name().equals(profile.name())).toList().forEach(this::drop);
        HostEntry e = entry(profile);
        hosts.add(e);
        poller.refresh(e);
        return e;
    }

    /** Saves an edited profile under its (possibly new) name; the old entry goes. */
    public HostEntry replace(HostProfile old, HostProfile edited) {
        if (!old.name().equals(edited.name())) {
            store.remove(old.name());
            hosts.stream().filter(h -> h.name().equals(old.name())).toList().forEach(this::drop);
        }
        return add(edited);
    }

    private void drop(HostEntry host) {
        hosts.remove(host);
        poller.forget(host);
    }

    public void remove(HostEntry host) {
        if (host.isSandbox() || host.profile().isEmpty()) {
            dialogs.info("Remove host", host.name() + " is built in and cannot be removed.");
            return;
        }
        dialogs.confirm(
                "Remove " + host.name() + "?",
                "The console forgets this host (its pots are not touched).",
                "Remove",
                () -> {
                    store.remove(host.name());
                    drop(host);
                });
    }

    /** Connects afresh and reports precisely what works (DNS, refused, auth, host key, pot, group pot…). */
    public void test(HostEntry host) {
        if (host.profile().isEmpty()) {
            dialogs.info("Test connection", host.name() + " is built in: always reachable.");
            return;
        }
        HostProfile p = host.profile().get();
        tasks.run(
                host,
                "Test connection to " + host.name(),
                ctx -> check.apply(p),
                r -> {
                    if (r.ok()) {
                        dialogs.info("Test connection", r.message());
                    } else {
                        dialogs.error("Test connection", r.message(), "Status: " + r.status());
                    }
                },
                e -> dialogs.error("Test connection", String.valueOf(e.getMessage()), e.toString()));
    }
}
