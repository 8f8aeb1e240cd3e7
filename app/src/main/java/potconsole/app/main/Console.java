package potconsole.app.main;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import potconsole.app.action.ConsoleAction;
import potconsole.app.build.BuildActions;
import potconsole.app.connect.Connections;
import potconsole.app.dialog.DialogService;
import potconsole.app.dialog.FxDialogService;
import potconsole.app.doctor.DoctorView;
import potconsole.app.doctor.DoctorViewModel;
import potconsole.app.doctor.RecentRegistrySizes;
import potconsole.app.flavours.FlavourActions;
import potconsole.app.flavours.FlavourEditorViewModel;
import potconsole.app.fleet.FleetActions;
import potconsole.app.hosts.FxSshPrompts;
import potconsole.app.hosts.HostActions;
import potconsole.app.hosts.HostsViewModel;
import potconsole.app.images.ImageActions;
import potconsole.app.jobs.FxJobRunner;
import potconsole.app.jobs.TaskNotifications;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.journal.HostLogs;
import potconsole.app.journal.JournalView;
import potconsole.app.journal.JournalViewModel;
import potconsole.app.nomad.NomadActions;
import potconsole.app.pots.CreatePotDialog;
import potconsole.app.pots.CreatePotViewModel;
import potconsole.app.pots.PotActionsViewModel;
import potconsole.app.pots.PotDetailsViewModel;
import potconsole.app.pots.PotsViewModel;
import potconsole.app.state.HostEntry;
import potconsole.app.state.HostPoller;
import potconsole.app.terminal.SystemTerminal;
import potconsole.app.terminal.TerminalWindow;
import potconsole.app.theme.ThemeManager;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.Privilege;
import potconsole.engine.host.HostStore;
import potconsole.engine.image.KeyRing;
import potconsole.engine.image.RecentRegistries;
import potconsole.engine.journal.Journal;
import potconsole.engine.service.PotService;

/**
 * The composition root, wiring only: the one job runner, the host poller, the hosts (the sandbox, this machine when
 * it has pot, saved SSH hosts — connections made by {@link Connections}, every runner journaled), the view-models,
 * every action bound once — before any view is built, so every menu, button and key renders from a binding.
 */
public final class Console {
    private final Stage stage;
    private final FxJobRunner jobs = new FxJobRunner();
    private final Clock clock = Clock.systemUTC();
    private final Journal journal;
    private final ThemeManager theme = new ThemeManager();
    private final HostPoller poller = new HostPoller(jobs, clock);
    private final ConsoleTicker ticker = new ConsoleTicker(jobs.callbackExecutor());
    private MainView view;
    private FleetActions fleet;
    private TasksViewModel tasks;
    private DialogService dialogs;
    private HostsViewModel hosts;
    private PotsViewModel pots;
    private TaskNotifications notifications;

    public Console(Stage stage, Journal journal) {
        this.stage = stage;
        this.journal = journal;
    }

    public FxJobRunner jobs() {
        return jobs;
    }

    public MainView view() {
        return view;
    }

    public PotsViewModel pots() {
        return pots;
    }

    public TasksViewModel tasks() {
        return tasks;
    }

    public HostsViewModel hosts() {
        return hosts;
    }

    /** The desktop notifications of long jobs that ended unwatched. */
    public TaskNotifications notifications() {
        return notifications;
    }

    public HostPoller poller() {
        return poller;
    }

    /** Builds everything and returns the scene. {@code sandbox} is the runner of the built-in sandbox host. */
    public Scene build(CommandRunner sandbox, HostStore store) {
        theme.apply();
        dialogs = new FxDialogService(stage);
        tasks = new TasksViewModel(jobs, clock, dialogs, poller::refresh);
        FxSshPrompts prompts = new FxSshPrompts(stage, jobs.callbackExecutor());
        hosts = new HostsViewModel(
                store,
                poller,
                tasks,
                dialogs,
                profile -> Connections.journaled(Connections.ssh(profile, prompts), journal, profile.name()),
                profile -> Connections.check(profile, prompts));
        pots = new PotsViewModel(hosts.hosts());
        addBuiltInHosts(sandbox);
        hosts.loadSaved();
        PotActionsViewModel actions = new PotActionsViewModel(pots, tasks, dialogs);
        PotDetailsViewModel details = new PotDetailsViewModel(tasks, dialogs);
        ActionBinder binder = new ActionBinder();
        bindActions(binder, actions);
        view = new MainView(pots, hosts, actions, details, tasks, binder);
        binder.setOnRefused(view::notice);
        view.onPotsDropped(host -> fleet.copy(actions.selection(), Optional.of(host)));
        Scene scene = scene(binder);
        tasks.setOnFinished(view::notifyFinished);
        notifications =
                TaskNotifications.install(tasks, stage, () -> stage.isFocused() && view.tasksShown(), view::openTask);
        hosts.hosts().forEach(poller::refresh);
        ticker.start(() -> {
            // Drawn before the reads start: a read that takes milliseconds never shows as "refreshing…".
            view.tick();
            poller.tick(hosts.hosts(), tasks::busyHosts);
        });
        return scene;
    }

    /** The sandbox, and this machine when it has pot; every runner journaled. */
    private void addBuiltInHosts(CommandRunner sandbox) {
        hosts.addSandbox(new HostEntry(
                "Sandbox", true, new PotService(Connections.journaled(sandbox, journal, "Sandbox"), Privilege.NONE)));
        if (Connections.potOnThisMachine()) {
            CommandRunner local = Connections.journaled(Connections.thisMachine(), journal, "This machine");
            hosts.hosts().add(new HostEntry("This machine", false, new PotService(local, Privilege.SUDO)));
        }
    }

    private Scene scene(ActionBinder binder) {
        Scene scene = new Scene(view, 1400, 860);
        scene.getStylesheets()
                .add(Objects.requireNonNull(Console.class.getResource("/potconsole/app/theme/console.css"))
                        .toExternalForm());
        if (!Platform.isSupported(ConditionalFeature.TRANSPARENT_WINDOW)) {
            scene.getStylesheets()
                    .add(Objects.requireNonNull(Console.class.getResource("/potconsole/app/theme/opaque-popups.css"))
                            .toExternalForm());
        }
        binder.installAccelerators(scene, ConsoleAction.FILTER, ConsoleAction.PALETTE, ConsoleAction.TASKS);
        scene.getAccelerators()
                .put(KeyCombination.keyCombination("Shortcut+R"), () -> binder.fire(ConsoleAction.REFRESH));
        return scene;
    }

    private void bindActions(ActionBinder b, PotActionsViewModel a) {
        b.bind(ConsoleAction.REFRESH, () -> hosts.hosts().forEach(poller::refresh));
        b.bind(ConsoleAction.NEW_POT, () -> newPot(currentHost(), List.of()));
        NomadActions nomad = new NomadActions(stage, dialogs);
        ImageActions images = new ImageActions(
                stage, pots, tasks, dialogs, this::currentHost, hosts.hosts(), KeyRing.defaultRing(), nomad);
        b.bind(ConsoleAction.IMPORT, () -> images.importImage("", "", "file:///"));
        b.bind(ConsoleAction.REGISTRY, images::showRegistry);
        FlavourActions flavours =
                new FlavourActions(stage, hosts.hosts(), pots, tasks, dialogs, this::currentHost, this::newPot);
        b.bind(ConsoleAction.FLAVOURS, flavours::open);
        BuildActions builds =
                new BuildActions(stage, hosts.hosts(), tasks, this::currentHost, FlavourActions::hostLibrary);
        b.bind(ConsoleAction.BUILD_IMAGE, builds::open);
        flavours.setBuildImage(builds::open);
        images.setBuildImage(builds::open);
        b.bind(ConsoleAction.NOMAD_JOB, () -> nomad.forPot(a.selection().get(0)), a.whyNotExport());
        b.bind(ConsoleAction.EXPORT, () -> images.export(a.selection().get(0)), a.whyNotExport());
        bindPotActions(b, a);
        bindHostActions(b);
        bindWindows(b);
    }

    private void bindPotActions(ActionBinder b, PotActionsViewModel a) {
        b.bind(ConsoleAction.START, a::start, a.whyNotStart());
        b.bind(ConsoleAction.STOP, a::stop, a.whyNotStop());
        b.bind(ConsoleAction.RESTART, a::restart, a.whyNotRestart());
        b.bind(ConsoleAction.SNAPSHOT, a::snapshot, a.whyNotSnapshot());
        b.bind(ConsoleAction.REVERT, a::revert, a.whyNotRevert());
        b.bind(ConsoleAction.PURGE_SNAPSHOTS, a::purgeSnapshots, a.whyNotPurge());
        fleet = new FleetActions(stage, tasks, dialogs, hosts.hosts(), poller::refresh);
        b.bind(ConsoleAction.COPY_TO_HOST, () -> fleet.copy(a.selection(), Optional.empty()), a.whyNotCopy());
        b.bind(ConsoleAction.CLONE, a.naming()::cloneSelected, a.whyNotClone());
        b.bind(ConsoleAction.RENAME, a.naming()::rename, a.whyNotRename());
        b.bind(ConsoleAction.DESTROY, a::destroy, a.whyNotDestroy());
        b.bind(ConsoleAction.EXEC, a.shell()::promptExec, a.whyNotExec());
        b.bind(
                ConsoleAction.TERMINAL,
                () -> a.shell().openTerminal((title, tty) -> TerminalWindow.open(stage, title, tty)),
                a.whyNotExec());
        b.bind(
                ConsoleAction.TOP,
                () -> a.shell().openTop((title, tty) -> TerminalWindow.open(stage, title, tty)),
                a.whyNotExec());
        b.bind(
                ConsoleAction.SYSTEM_TERMINAL,
                () -> SystemTerminal.openOrCopy(a.shell().terminalCommand(), dialogs),
                a.whyNotExec());
        b.bind(ConsoleAction.PRUNE, () -> a.prune(currentHost()));
    }

    private void bindHostActions(ActionBinder b) {
        HostActions hostActions = new HostActions(stage, hosts, tasks, dialogs, this::currentHost);
        b.bind(ConsoleAction.ADD_HOST, hostActions::add);
        b.bind(ConsoleAction.EDIT_HOST, hostActions::edit);
        b.bind(ConsoleAction.TEST_HOST, hostActions::test);
        b.bind(ConsoleAction.HOST_RESOURCES, hostActions::resources);
        b.bind(ConsoleAction.SETUP_HOST, hostActions::setup);
        b.bind(ConsoleAction.REMOVE_HOST, hostActions::remove);
        b.bind(ConsoleAction.DOCTOR, () -> {
            DoctorViewModel doctor = new DoctorViewModel(currentHost(), tasks, dialogs, clock);
            doctor.registry(new RecentRegistrySizes(RecentRegistries.standard(), hosts::files));
            DoctorView.open(stage, doctor).show();
        });
    }

    private void bindWindows(ActionBinder b) {
        b.bind(ConsoleAction.FILTER, () -> view.focusFilter());
        b.bind(ConsoleAction.PALETTE, () -> CommandPalette.open(stage, b));
        b.bind(ConsoleAction.TASKS, () -> view.showTasks());
        b.bind(
                ConsoleAction.JOURNAL,
                () -> JournalView.open(
                        stage, new JournalViewModel(journal, jobs.callbackExecutor()::execute, hostLogs())));
        b.bind(ConsoleAction.TOGGLE_THEME, theme::toggle);
        b.bind(ConsoleAction.QUIT, new QuitGuard(stage, tasks, dialogs).install()::quit);
    }

    /** Each host's pot log, read over its connection for the journal window. */
    private HostLogs hostLogs() {
        return new HostLogs(
                hosts.hosts().stream()
                        .map(h -> new HostLogs.Host(h.name(), h.service().runner()))
                        .toList(),
                tasks::quietly,
                clock);
    }

    private HostEntry currentHost() {
        return view.selectedHost().orElse(hosts.hosts().get(0));
    }

    /** The create wizard on a host, pre-filled with flavours in order (from the flavour editor). */
    private void newPot(FlavourEditorViewModel.CreateRequest request) {
        hosts.hosts().stream()
                .filter(h -> h.name().equals(request.host()))
                .findFirst()
                .ifPresent(h -> newPot(h, request.flavours()));
    }

    private void newPot(HostEntry host, List<String> flavours) {
        CreatePotViewModel model = new CreatePotViewModel(host, pots, tasks, dialogs);
        model.flavours().setAll(flavours);
        CreatePotDialog dialog = new CreatePotDialog(stage, model);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null && dialog.getResult().getButtonData() == ButtonBar.ButtonData.OK_DONE) {
                model.create(() -> {});
            }
        });
        dialog.show();
    }

    public void stop() {
        ticker.stop();
        jobs.shutdown();
    }
}
