package potconsole.app.main;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import potconsole.app.action.ConsoleAction;
import potconsole.app.dialog.DialogService;
import potconsole.app.dialog.FxDialogService;
import potconsole.app.hosts.AddHostDialog;
import potconsole.app.hosts.FxSshPrompts;
import potconsole.app.hosts.HostEntry;
import potconsole.app.hosts.HostResourcesDialog;
import potconsole.app.hosts.HostsViewModel;
import potconsole.app.images.ImageActions;
import potconsole.app.jobs.FxJobRunner;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.journal.JournalView;
import potconsole.app.pots.CreatePotDialog;
import potconsole.app.pots.CreatePotViewModel;
import potconsole.app.pots.PotActionsViewModel;
import potconsole.app.pots.PotDetailsViewModel;
import potconsole.app.pots.PotsViewModel;
import potconsole.app.theme.ThemeManager;
import potconsole.engine.exec.CommandRunner;
import potconsole.engine.exec.Privilege;
import potconsole.engine.host.HostStore;
import potconsole.engine.journal.Journal;
import potconsole.engine.journal.JournalingRunner;
import potconsole.engine.service.PotService;
import potconsole.ssh.HostCheck;
import potconsole.ssh.SshRunner;

/**
 * The composition root: builds the view-models, the one job runner, the hosts (the sandbox plus saved SSH hosts,
 * every runner wrapped by the journal), binds every action once, and polls hosts with back-off.
 */
public final class Console {
    private final Stage stage;
    private final FxJobRunner jobs = new FxJobRunner();
    private final Clock clock = Clock.systemUTC();
    private final Journal journal;
    private final ThemeManager theme = new ThemeManager();
    private final Map<HostEntry, Instant> nextRefresh = new HashMap<>();
    private MainView view;
    private TasksViewModel tasks;
    private DialogService dialogs;
    /** How often hosts are checked for being due; a fraction of {@link HostsViewModel#INTERVAL}. */
    static final java.time.Duration TICK = java.time.Duration.ofSeconds(5);

    private final java.util.concurrent.ScheduledExecutorService poller =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "host-poller");
                t.setDaemon(true);
                return t;
            });
    private HostsViewModel hosts;
    private PotsViewModel pots;

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

    /** Builds everything and returns the scene. {@code sandbox} is the runner of the built-in sandbox host. */
    public Scene build(CommandRunner sandbox, HostStore store) {
        theme.apply();
        dialogs = new FxDialogService(stage);
        tasks = new TasksViewModel(jobs, clock);
        pots = new PotsViewModel(jobs, clock);
        FxSshPrompts prompts = new FxSshPrompts(stage, jobs.callbackExecutor());
        hosts = new HostsViewModel(
                store,
                pots,
                tasks,
                dialogs,
                profile -> new JournalingRunner(
                        new SshRunner(HostCheck.target(profile), prompts), journal, profile.name()));
        hosts.addSandbox(new HostEntry(
                "Sandbox", true, new PotService(new JournalingRunner(sandbox, journal, "Sandbox"), Privilege.NONE)));
        if (potOnThisMachine()) {
            hosts.hosts()
                    .add(new HostEntry(
                            "This machine",
                            false,
                            new PotService(
                                    new JournalingRunner(
                                            new potconsole.app.terminal.LocalPtyRunner(), journal, "This machine"),
                                    Privilege.SUDO)));
        }
        hosts.loadSaved();
        PotActionsViewModel actions = new PotActionsViewModel(pots, tasks, dialogs);
        PotDetailsViewModel details = new PotDetailsViewModel(pots, tasks, dialogs);
        ActionBinder binder = new ActionBinder();
        view = new MainView(pots, hosts, actions, details, tasks, binder);
        bindActions(binder, actions, dialogs, tasks, prompts);
        Scene scene = new Scene(view, 1400, 860);
        scene.getStylesheets()
                .add(java.util.Objects.requireNonNull(Console.class.getResource("/potconsole/app/theme/console.css"))
                        .toExternalForm());
        binder.installAccelerators(scene, ConsoleAction.FILTER, ConsoleAction.PALETTE, ConsoleAction.TASKS);
        scene.getAccelerators()
                .put(
                        javafx.scene.input.KeyCombination.keyCombination("Shortcut+R"),
                        () -> binder.fire(ConsoleAction.REFRESH));
        hosts.hosts().forEach(pots::refresh);
        startPolling();
        return scene;
    }

    private void bindActions(
            ActionBinder b, PotActionsViewModel a, DialogService dialogs, TasksViewModel tasks, FxSshPrompts prompts) {
        b.bind(ConsoleAction.REFRESH, () -> hosts.hosts().forEach(pots::refresh));
        b.bind(ConsoleAction.NEW_POT, this::newPot);
        ImageActions images = new ImageActions(
                stage,
                pots,
                tasks,
                dialogs,
                this::currentHost,
                hosts.hosts(),
                potconsole.engine.image.KeyRing.defaultRing(),
                new potconsole.app.nomad.NomadActions(stage, dialogs));
        b.bind(ConsoleAction.IMPORT, () -> images.importImage("", "", "file:///"));
        b.bind(ConsoleAction.REGISTRY, images::showRegistry);
        potconsole.app.flavours.FlavourActions flavours = new potconsole.app.flavours.FlavourActions(
                stage, hosts.hosts(), pots, tasks, dialogs, this::currentHost, this::newPotWithFlavours);
        b.bind(ConsoleAction.FLAVOURS, flavours::open);
        potconsole.app.nomad.NomadActions nomad = new potconsole.app.nomad.NomadActions(stage, dialogs);
        b.bind(ConsoleAction.NOMAD_JOB, () -> nomad.forPot(a.selection().get(0)), a.canExport());
        b.bind(ConsoleAction.START, a::start, a.canStart());
        b.bind(ConsoleAction.STOP, a::stop, a.canStop());
        b.bind(ConsoleAction.RESTART, a::restart, a.canRestart());
        b.bind(ConsoleAction.SNAPSHOT, a::snapshot, a.canSnapshot());
        b.bind(ConsoleAction.REVERT, a::revert, a.canRevert());
        b.bind(ConsoleAction.PURGE_SNAPSHOTS, a::purgeSnapshots, a.canPurge());
        b.bind(ConsoleAction.EXPORT, () -> images.export(a.selection().get(0)), a.canExport());
        b.bind(ConsoleAction.CLONE, a::cloneSelected, a.canClone());
        b.bind(ConsoleAction.RENAME, a::rename, a.canRename());
        b.bind(ConsoleAction.DESTROY, a::destroy, a.canDestroy());
        b.bind(ConsoleAction.EXEC, a::promptExec, a.canExec());
        b.bind(
                ConsoleAction.TERMINAL,
                () -> a.openTerminal((title, tty) -> potconsole.app.terminal.TerminalWindow.open(stage, title, tty)),
                a.canExec());
        b.bind(
                ConsoleAction.SYSTEM_TERMINAL,
                () -> {
                    String command = a.terminalCommand();
                    if (!potconsole.app.terminal.SystemTerminal.open(command)) {
                        ClipboardContent c = new ClipboardContent();
                        c.putString(command);
                        Clipboard.getSystemClipboard().setContent(c);
                        dialogs.info(
                                "Terminal",
                                "No terminal emulator was found; the command is on the clipboard:\n\n" + command);
                    }
                },
                a.canExec());
        b.bind(ConsoleAction.PRUNE, () -> a.prune(currentHost()));
        b.bind(
                ConsoleAction.ADD_HOST,
                () -> new AddHostDialog(stage).showAndWait().flatMap(o -> o).ifPresent(p -> {
                    HostEntry e = hosts.add(p);
                    nextRefresh.put(e, Instant.now().plus(HostsViewModel.INTERVAL));
                }));
        b.bind(
                ConsoleAction.EDIT_HOST,
                () -> currentHost()
                        .profile()
                        .ifPresent(old -> new AddHostDialog(stage, java.util.Optional.of(old))
                                .showAndWait()
                                .flatMap(o -> o)
                                .ifPresent(p -> {
                                    hosts.hosts().stream()
                                            .filter(h -> h.name().equals(p.name()))
                                            .findFirst()
                                            .ifPresent(pots::forget);
                                    hosts.add(p);
                                })));
        b.bind(ConsoleAction.TEST_HOST, () -> hosts.test(currentHost(), prompts));
        b.bind(ConsoleAction.HOST_RESOURCES, () -> {
            HostEntry host = currentHost();
            pots.inventory(host)
                    .ifPresentOrElse(
                            inv -> new HostResourcesDialog(
                                            stage,
                                            host,
                                            inv,
                                            dialogs,
                                            command -> tasks.run(
                                                    command.display(),
                                                    host.name(),
                                                    host.service().job(command),
                                                    v -> pots.refresh(host),
                                                    e -> {
                                                        potconsole.app.dialog.ErrorText t =
                                                                potconsole.app.dialog.ErrorText.of(e);
                                                        dialogs.error(
                                                                command.subcommand() + " failed",
                                                                t.headline(),
                                                                t.details());
                                                    }))
                                    .show(),
                            () -> dialogs.info("Resources", host.name() + " has not been read yet."));
        });
        b.bind(ConsoleAction.REMOVE_HOST, () -> hosts.remove(currentHost()));
        b.bind(ConsoleAction.FILTER, () -> view.focusFilter());
        b.bind(ConsoleAction.PALETTE, () -> CommandPalette.show(stage, b));
        b.bind(ConsoleAction.TASKS, () -> view.showTasks());
        b.bind(ConsoleAction.JOURNAL, this::showJournal);
        b.bind(ConsoleAction.TOGGLE_THEME, theme::toggle);
        b.bind(ConsoleAction.QUIT, new QuitGuard(stage, tasks, dialogs).install()::quit);
        tasks.setOnFinished(view::notifyFinished);
    }

    /** This machine is a pot host when it has pot (a FreeBSD workstation); commands needing root use sudo -n. */
    static boolean potOnThisMachine() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir, "pot"))) {
                return true;
            }
        }
        return java.nio.file.Files.isExecutable(java.nio.file.Path.of("/usr/local/bin/pot"));
    }

    private HostEntry currentHost() {
        return view.selectedHost().orElse(hosts.hosts().get(0));
    }

    private void newPot() {
        newPot(currentHost(), java.util.List.of());
    }

    /** The create wizard on a host, pre-filled with flavours in order (from the flavour editor). */
    private void newPotWithFlavours(potconsole.app.flavours.FlavourEditorViewModel.CreateRequest request) {
        hosts.hosts().stream()
                .filter(h -> h.name().equals(request.host()))
                .findFirst()
                .ifPresent(h -> newPot(h, request.flavours()));
    }

    private void newPot(HostEntry host, java.util.List<String> flavours) {
        CreatePotViewModel model = new CreatePotViewModel(host, pots, tasks, dialogs);
        model.flavours.setAll(flavours);
        CreatePotDialog dialog = new CreatePotDialog(stage, model);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null
                    && dialog.getResult().getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE) {
                model.create(() -> {});
            }
        });
        dialog.show();
    }

    private void showJournal() {
        Stage s = new Stage();
        s.initOwner(stage);
        s.setTitle("Journal — every command the console ran");
        Scene scene = new Scene(new JournalView(journal, jobs.callbackExecutor()::execute), 1100, 600);
        scene.getStylesheets().addAll(stage.getScene().getStylesheets());
        s.setScene(scene);
        potconsole.app.theme.WindowPlacement.owned(s, "journal", 1100, 600);
        s.show();
    }

    /**
     * A check every {@link #TICK} on the FX thread: reads a host only when it is due (back-off for unreachable ones)
     * and keeps the ages in the sidebar true (they change in 10-s steps). A scheduler thread hands the tick to the FX
     * thread; an animation Timeline would keep JavaFX pulsing (and the idle console busy) 60 times a second, and every
     * wake of the FX thread costs an idle console CPU, so it wakes rarely.
     */
    private void startPolling() {
        Runnable tick = () -> {
            // Drawn before the refreshes start: a read that takes milliseconds never shows as "refreshing…" (which
            // would redraw the sidebar twice per read); a slow one still does at the next tick.
            view.tick();
            Instant now = Instant.now();
            for (HostEntry h : hosts.hosts()) {
                Instant due = nextRefresh.computeIfAbsent(h, x -> now.plus(HostsViewModel.INTERVAL));
                if (!h.isLoading() && now.isAfter(due)) {
                    pots.refresh(h);
                    nextRefresh.put(h, now.plus(HostsViewModel.nextRefresh(h)));
                }
            }
        };
        poller.scheduleAtFixedRate(
                () -> jobs.callbackExecutor().execute(tick), TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void stop() {
        poller.shutdownNow();
        jobs.shutdown();
    }
}
