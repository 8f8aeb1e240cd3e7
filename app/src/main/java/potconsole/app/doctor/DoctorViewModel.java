package potconsole.app.doctor;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import potconsole.app.dialog.DialogService;
import potconsole.app.dialog.ErrorText;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.state.HostEntry;
import potconsole.engine.doctor.BridgeUse;
import potconsole.engine.doctor.Doctor;
import potconsole.engine.doctor.DoctorReader;
import potconsole.engine.doctor.Finding;
import potconsole.engine.doctor.FixStep;
import potconsole.engine.doctor.HostFacts;
import potconsole.engine.doctor.HostHealth;
import potconsole.engine.doctor.NetLink;
import potconsole.engine.doctor.NetworkExplainer;
import potconsole.engine.doctor.RegistrySizes;
import potconsole.engine.doctor.SpaceReport;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.model.HostInventory;

/**
 * The doctor of one host: its findings (evidence, meaning, fix) and health card, read again whenever the host's
 * inventory changes while the screen is open — one extra exec per read, for the host facts. A fix runs only after
 * the person confirms the exact commands. FX thread only.
 */
public final class DoctorViewModel {
    private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final HostEntry host;
    private final TasksViewModel tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    // One read-only view kept for the model's life: a wrapper listens to its list weakly, so a fresh one per call
    // would take a caller's listener with it at the next garbage collection.
    private final ObservableList<Finding> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final ObjectProperty<Finding> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Optional<HostHealth>> health = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("not read yet");
    private final ReadOnlyObjectWrapper<Optional<SpaceReport>> space = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<List<BridgeUse>> bridges = new ReadOnlyObjectWrapper<>(List.of());
    private Function<Cancellation, RegistrySizes> registry = c -> RegistrySizes.none();
    private RegistrySizes sizes = RegistrySizes.none();
    private HostUsageViewModel usage;
    private final ChangeListener<Optional<HostInventory>> changed = (o, was, now) -> refresh();
    private HostInventory inventory;
    private HostFacts facts = HostFacts.none();
    private boolean reading;

    public DoctorViewModel(HostEntry host, TasksViewModel tasks, DialogService dialogs, Clock clock) {
        this.host = host;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    public String hostName() {
        return host.name();
    }

    public ObservableList<Finding> findings() {
        return findingsView;
    }

    public ObjectProperty<Finding> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Optional<HostHealth>> healthProperty() {
        return health.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** ZFS space of the host and its pots, from the last read. */
    public ReadOnlyObjectProperty<Optional<SpaceReport>> spaceProperty() {
        return space.getReadOnlyProperty();
    }

    /** The host's bridges with their address use, from the last read. */
    public ReadOnlyObjectProperty<List<BridgeUse>> bridgesProperty() {
        return bridges.getReadOnlyProperty();
    }

    /**
     * Where the configured registry's image sizes come from (read in the doctor's job, so a cached image smaller than
     * its registry copy is found); none by default.
     */
    public void registry(Function<Cancellation, RegistrySizes> read) {
        this.registry = read;
    }

    /** The host overview of live usage, on the host's one sampler (shared with the pots' Usage tabs). */
    public HostUsageViewModel usage() {
        if (usage == null) {
            usage = new HostUsageViewModel(HostUsageSampler.of(host, tasks, clock));
        }
        return usage;
    }

    /** Starts following the host (the screen opened): reads now and after every change of its inventory. */
    public void open() {
        host.inventoryProperty().addListener(changed);
        refresh();
    }

    public void close() {
        host.inventoryProperty().removeListener(changed);
    }

    /** Reads the host facts (one exec) against the host's latest inventory, then examines both. */
    public void refresh() {
        Optional<HostInventory> inv = host.inventory();
        if (inv.isEmpty()) {
            status.set(host.name() + " has not been read yet");
            return;
        }
        if (reading) {
            return;
        }
        reading = true;
        status.set("reading " + host.name() + "…");
        HostInventory read = inv.get();
        tasks.run(
                "Doctor: look at " + host.name(),
                host.name(),
                ctx -> {
                    HostFacts f = DoctorReader.read(host.service(), read, ctx.cancellation());
                    return Map.entry(f, registry.apply(ctx.cancellation()));
                },
                both -> {
                    reading = false;
                    sizes = both.getValue();
                    show(read, both.getKey());
                },
                e -> {
                    reading = false;
                    status.set("could not read " + host.name() + ": "
                            + ErrorText.of(e).headline());
                });
    }

    /** Examines again with what was last read (tests give their own facts through here too). */
    void show(HostInventory inv, HostFacts read) {
        inventory = inv;
        facts = read;
        String kept = Optional.ofNullable(selected.get()).map(Finding::title).orElse("");
        findings.setAll(Doctor.examine(inv, read, sizes));
        space.set(Optional.of(SpaceReport.of(inv, read)));
        bridges.set(BridgeUse.of(inv));
        selected.set(findings.stream()
                .filter(f -> f.title().equals(kept))
                .findFirst()
                .orElse(findings.isEmpty() ? null : findings.get(0)));
        health.set(Optional.of(HostHealth.of(inv, read, clock.instant())));
        long problems = findings.stream()
                .filter(f -> f.severity().name().equals("PROBLEM"))
                .count();
        status.set(findings.size() + (findings.size() == 1 ? " finding" : " findings") + " on " + host.name() + " ("
                + problems + (problems == 1 ? " problem" : " problems") + "), read at "
                + LocalTime.now(clock.withZone(ZoneId.systemDefault())).format(HMS));
    }

    /** Why the selected finding cannot be fixed from here; empty when it can. */
    public String whyNoFix(Finding f) {
        return f == null ? "select a finding" : f.fixable() ? "" : "no command fixes this safely: read what it means";
    }

    /** Asks with the exact commands, then runs them in order as one task; the host is read again afterwards. */
    public void fix(Finding f) {
        if (!f.fixable()) {
            return;
        }
        String commands = f.fix().stream().map(FixStep::display).collect(Collectors.joining("\n"));
        dialogs.confirm(
                "Fix: " + f.title(),
                "These commands run on " + host.name() + ", in this order:\n\n" + commands,
                f.fix().size() == 1 ? "Run it" : "Run them",
                () -> tasks.run(host, "Fix: " + f.title(), ctx -> {
                    DoctorReader.fix(host.service(), f, ctx.execListener(), ctx.cancellation());
                    return f;
                }));
    }

    /** A pot's network chain, from the last read. */
    public List<NetLink> network(String pot) {
        if (inventory == null) {
            return List.of();
        }
        return inventory
                .pot(pot)
                .map(p -> new NetworkExplainer(inventory, facts).explain(p))
                .orElse(List.of());
    }
}
