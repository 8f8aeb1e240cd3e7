package potconsole.app.pots;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import potconsole.engine.model.Attribute;
import potconsole.engine.model.AttributeKind;
import potconsole.engine.model.EnvVar;
import potconsole.engine.model.FscompEntry;
import potconsole.engine.model.PortMapping;
import potconsole.engine.model.Pot;
import potconsole.engine.model.Snapshot;

/**
 * Everything pot knows about the selected pot, grouped in tabs, with edits in place: each Apply sends exactly the
 * matching pot command (set-attr, set-cmd, set-rss, set-env, set-hosts, export-ports, add-dep, mount-in, copy-in) and
 * pot's answer shows at the bottom. Rebuilt when the selected pot changes.
 */
public final class PotDetailsView extends BorderPane {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final PotDetailsViewModel model;
    private final TabPane tabs = new TabPane();
    private final Label title = new Label("Select a pot");
    private final Label answer = new Label();
    private final javafx.beans.value.ChangeListener<Pot> potChanged = (o, was, now) -> rebuildCurrent();
    private Optional<PotRow> current = Optional.empty();

    public PotDetailsView(PotDetailsViewModel model) {
        this.model = model;
        getStyleClass().add("pot-details");
        setId("pot-details");
        title.getStyleClass().add(Styles.TITLE_4);
        answer.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        answer.setId("pot-answer");
        answer.setWrapText(true);
        answer.textProperty().bind(model.lastAnswerProperty());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox top = new VBox(title);
        top.setPadding(new Insets(8, 12, 4, 12));
        setTop(top);
        setCenter(tabs);
        HBox bottom = new HBox(answer);
        bottom.setPadding(new Insets(4, 12, 6, 12));
        setBottom(bottom);
        model.selectedProperty().addListener((o, was, now) -> select(now));
        rebuild(Optional.empty(), Optional.empty());
    }

    private void select(Optional<PotRow> row) {
        current.ifPresent(r -> r.potProperty().removeListener(potChanged));
        Optional<PotRow> before = current;
        current = row;
        row.ifPresent(r -> r.potProperty().addListener(potChanged));
        rebuild(row, before);
    }

    private void rebuildCurrent() {
        rebuild(current, current);
    }

    private void rebuild(Optional<PotRow> row, Optional<PotRow> before) {
        int tab = tabs.getSelectionModel().getSelectedIndex();
        tabs.getTabs().clear();
        if (row.isEmpty()) {
            title.setText("Select a pot to see and change it");
            return;
        }
        Pot p = row.get().pot();
        title.setText(
                p.name() + " on " + row.get().host().name() + " — " + p.state().label());
        tabs.getTabs()
                .addAll(
                        tab("Overview", overview(p)),
                        tab("Attributes", attributes(p)),
                        tab("Command & resources", commandAndResources(p)),
                        tab("Network", network(p)),
                        tab("Environment & hosts", environment(p)),
                        tab("Mounts & files", mounts(p)),
                        tab("Snapshots", snapshots(p)));
        if (before.filter(b -> row.filter(r -> r == b).isPresent()).isPresent() && tab >= 0) {
            tabs.getSelectionModel().select(tab);
        }
    }

    private static Tab tab(String name, Node content) {
        ScrollPane scroll = new ScrollPane(potconsole.app.theme.Layouts.keepTextWhole(content));
        scroll.setFitToWidth(true);
        Tab t = new Tab(name, scroll);
        t.setId("tab-" + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-"));
        return t;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(8);
        g.setPadding(new Insets(12));
        return g;
    }

    private static void row(GridPane g, int r, String label, String value) {
        Label l = new Label(label);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        Label v = new Label(value);
        v.setWrapText(true);
        g.addRow(r, l, v);
    }

    private Node overview(Pot p) {
        GridPane g = grid();
        int r = 0;
        row(g, r++, "State", p.state().label());
        row(
                g,
                r++,
                "Type",
                p.type().potValue() + ", level " + p.level()
                        + (p.isExportable() ? "" : "  (only single pots can be exported as images)"));
        row(
                g,
                r++,
                "Base",
                p.base().orElse("—")
                        + p.potBase().map(b -> "  (reference pot " + b + ")").orElse(""));
        row(g, r++, "Host name", p.hostname().orElse("—"));
        row(g, r++, "DNS", p.dns());
        row(
                g,
                r++,
                "Last run",
                p.lastRun()
                        .filter(l -> l.exitCode().isPresent())
                        .map(l -> "exit code " + l.exitCode().getAsInt())
                        .orElse("never ran"));
        row(
                g,
                r++,
                "Image",
                p.imageTag()
                        .map(t -> "exported as tag " + t + " (snapshot "
                                + p.imageSnapshot().orElse("?") + ")")
                        .orElse("never exported"));
        row(g, r++, "Clone of", p.origin().orElse("—"));
        row(g, r++, "Dependencies", p.dependencies().isEmpty() ? "—" : String.join(", ", p.dependencies()));
        row(
                g,
                r++,
                "Hooks",
                p.hooks().isEmpty() ? "—" : String.join(", ", p.hooks()) + "  (run on the host, in conf/<hook>.sh)");
        return g;
    }

    private Node attributes(Pot p) {
        GridPane g = grid();
        int r = 0;
        for (Attribute a : Attribute.values()) {
            Label name = new Label(a.potName());
            name.setTooltip(new Tooltip(a.description()));
            Label help = new Label(a.description() + "  (default " + a.defaultValue() + ")");
            help.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            help.setWrapText(true);
            help.setMaxWidth(420);
            Node editor = attributeEditor(a, p.attribute(a));
            g.addRow(r++, name, editor, help);
        }
        return g;
    }

    private Node attributeEditor(Attribute a, String current) {
        if (a.isReadOnly()) {
            return new Label(current);
        }
        if (a.kind() == AttributeKind.BOOL) {
            ToggleSwitch sw = new ToggleSwitch();
            sw.setId("attr-" + a.potName());
            sw.setSelected("YES".equals(current));
            sw.selectedProperty().addListener((o, was, now) -> model.setAttribute(a, now ? "YES" : "NO"));
            return sw;
        }
        if (a.kind() == AttributeKind.SYSVOPT) {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().addAll("new", "inherit", "disable");
            box.setValue(current);
            box.setOnAction(e -> model.setAttribute(a, box.getValue()));
            return box;
        }
        TextField field = new TextField(a == Attribute.EXEC_STOP && current.equals("NO") ? "" : current);
        field.setId("attr-" + a.potName());
        field.setPrefColumnCount(14);
        Label problem = problemLabel();
        Button apply = new Button("Apply");
        apply.setOnAction(e -> show(problem, model.setAttribute(a, field.getText())));
        field.setOnAction(e -> apply.fire());
        return new VBox(4, new HBox(6, field, apply), problem);
    }

    private static Label problemLabel() {
        Label l = new Label();
        l.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        l.setWrapText(true);
        l.setMaxWidth(460);
        l.setManaged(false);
        return l;
    }

    private static void show(Label problem, Optional<String> text) {
        problem.setText(text.orElse(""));
        problem.setManaged(text.isPresent());
    }

    /** A labelled text input with Apply; the problem (if the engine refuses the value) shows under it. */
    private Node edit(
            String label,
            String id,
            String value,
            String hint,
            java.util.function.Function<String, Optional<String>> onApply) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setPromptText(hint);
        HBox.setHgrow(field, Priority.ALWAYS);
        Label problem = problemLabel();
        Button apply = new Button("Apply");
        apply.setId(id + "-apply");
        apply.setOnAction(e -> show(problem, onApply.apply(field.getText())));
        field.setOnAction(e -> apply.fire());
        Label l = new Label(label);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        Label h = new Label(hint);
        h.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        h.setWrapText(true);
        return new VBox(4, l, new HBox(6, field, apply), h, problem);
    }

    private Node commandAndResources(Pot p) {
        TextField cpus = new TextField(p.resources().cpus().map(String::valueOf).orElse(""));
        cpus.setId("rss-cpus");
        cpus.setPromptText("e.g. 2");
        TextField memory = new TextField(p.resources().memory().orElse(""));
        memory.setId("rss-memory");
        memory.setPromptText("e.g. 512M");
        Label problem = problemLabel();
        Button apply = new Button("Apply");
        apply.setOnAction(e -> show(problem, model.setResources(cpus.getText(), memory.getText())));
        Label liveTitle = new Label("Live usage (pot get-rss)");
        liveTitle.getStyleClass().add(Styles.TEXT_BOLD);
        Label live = new Label();
        live.setId("rss-live");
        live.setWrapText(true);
        live.textProperty().bind(model.usageProperty());
        Button read = new Button("Read now");
        read.setDisable(!p.state().isRunning());
        read.setOnAction(e -> model.refreshUsage());
        Label title = new Label("Resource limits (pot set-rss; applied at the next start)");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        VBox box = new VBox(
                14,
                edit(
                        "Command (pot set-cmd)",
                        "pot-cmd",
                        p.cmd().orElse("sh /etc/rc"),
                        "Run when the pot starts. In rc mode quotes are passed literally; set no-rc-script for shell quoting.",
                        model::setCommand),
                new VBox(4, title, new HBox(6, new Label("CPUs"), cpus, new Label("Memory"), memory, apply), problem),
                new VBox(4, liveTitle, new HBox(8, read, live)));
        box.setPadding(new Insets(12));
        return box;
    }

    private Node network(Pot p) {
        GridPane g = grid();
        int r = 0;
        row(g, r++, "Type", p.network().type().potValue());
        row(
                g,
                r++,
                "Address",
                p.network().ips().isEmpty()
                        ? "— (the host's stack)"
                        : String.join(" ", p.network().ips()));
        row(g, r++, "Bridge", p.network().bridge().orElse("—"));
        row(g, r++, "Stack", p.network().stack().map(s -> s.potValue()).orElse("host default"));
        String ports = String.join(
                " ", p.exportedPorts().stream().map(PortMapping::spec).toList());
        Node edit = edit(
                "Exported ports (pot export-ports)",
                "export-ports",
                ports,
                "[tcp:|udp:]POT_PORT[:HOST_PORT] — the first number is inside the pot. Without a host port pot picks"
                        + " the lowest free one at start. Only bridge pots use them.",
                model::exportPorts);
        VBox box = new VBox(g, edit);
        VBox.setMargin(edit, new Insets(0, 12, 12, 12));
        return box;
    }

    private Node environment(Pot p) {
        TextArea env = new TextArea(
                String.join("\n", p.env().stream().map(EnvVar::assignment).toList()));
        env.setId("pot-env");
        env.setPrefRowCount(5);
        Label envProblem = problemLabel();
        Button envApply = new Button("Apply environment");
        envApply.setOnAction(e -> show(envProblem, model.setEnvironment(lines(env))));
        TextArea hosts = new TextArea(String.join(
                "\n", p.hosts().stream().map(h -> h.hostname() + " " + h.ip()).toList()));
        hosts.setId("pot-hosts");
        hosts.setPrefRowCount(4);
        Label hostsProblem = problemLabel();
        Button hostsApply = new Button("Apply /etc/hosts entries");
        hostsApply.setOnAction(e -> show(hostsProblem, model.setHosts(lines(hosts))));
        Label envTitle = new Label("Environment, one VAR=value per line (pot set-env replaces the whole set)");
        envTitle.getStyleClass().add(Styles.TEXT_BOLD);
        Label hostsTitle = new Label("/etc/hosts entries, one 'hostname IP' per line (pot set-hosts)");
        hostsTitle.getStyleClass().add(Styles.TEXT_BOLD);
        Node dep = edit(
                "Add a dependency (pot add-dep: started before this pot)",
                "add-dep",
                "",
                "pot name",
                model::addDependency);
        VBox box = new VBox(8, envTitle, env, envApply, envProblem, hostsTitle, hosts, hostsApply, hostsProblem, dep);
        box.setPadding(new Insets(12));
        return box;
    }

    private static List<String> lines(TextArea area) {
        return area.getText()
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
    }

    private Node mounts(Pot p) {
        VBox list = new VBox(4);
        Label t = new Label("Mounts (fscomp.conf)");
        t.getStyleClass().add(Styles.TEXT_BOLD);
        list.getChildren().add(t);
        if (p.fscomps().isEmpty()) {
            list.getChildren().add(new Label("none"));
        }
        for (FscompEntry e : p.fscomps()) {
            list.getChildren()
                    .add(new Label(e.mountPoint() + "  ⇐  " + e.source()
                            + (e.option() == FscompEntry.Option.RW
                                    ? ""
                                    : "  (" + e.option().potValue() + ")")));
        }
        TextField dir = new TextField();
        dir.setPromptText("/host/directory");
        TextField mnt = new TextField();
        mnt.setPromptText("/mount/point/in/pot");
        CheckBox ro = new CheckBox("read-only");
        Label mountProblem = problemLabel();
        Button mount = new Button("Mount in");
        mount.setOnAction(e -> show(mountProblem, model.mountDirectory(dir.getText(), mnt.getText(), ro.isSelected())));
        TextField src = new TextField();
        src.setPromptText("/host/file/or/dir");
        TextField dst = new TextField();
        dst.setPromptText("/absolute/path/in/pot");
        CheckBox force = new CheckBox("even while running");
        Label copyProblem = problemLabel();
        Button copy = new Button("Copy in");
        copy.setOnAction(e -> show(copyProblem, model.copyIn(src.getText(), dst.getText(), force.isSelected())));
        Label m = new Label("Mount a host directory (pot mount-in -d)");
        m.getStyleClass().add(Styles.TEXT_BOLD);
        Label c = new Label(
                "Copy a file or directory in (pot copy-in; a directory that exists gets a copy-in.* subdirectory)");
        c.getStyleClass().add(Styles.TEXT_BOLD);
        c.setWrapText(true);
        VBox box = new VBox(
                10,
                list,
                m,
                new HBox(6, dir, mnt, ro, mount),
                mountProblem,
                c,
                new HBox(6, src, dst, force, copy),
                copyProblem);
        box.setPadding(new Insets(12));
        return box;
    }

    private Node snapshots(Pot p) {
        VBox box = new VBox(6);
        box.setPadding(new Insets(12));
        Label rule =
                new Label("pot snapshots only stopped pots, reverts only to the latest, and exports need exactly one"
                        + " snapshot (purge keeps the newest).");
        rule.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        rule.setWrapText(true);
        box.getChildren().add(rule);
        if (p.snapshots().isEmpty()) {
            box.getChildren().add(new Label("No snapshots yet"));
        }
        List<Snapshot> newestFirst = new java.util.ArrayList<>(p.snapshots());
        java.util.Collections.reverse(newestFirst);
        for (Snapshot s : newestFirst) {
            String when = s.time()
                    .map(t -> WHEN.format(t) + "  (" + PotsView.age(Duration.between(t, Instant.now())) + ")")
                    .orElse("(not an epoch name)");
            Label l = new Label("●  " + s.name() + "   " + when + (s == newestFirst.get(0) ? "   latest" : ""));
            l.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(l);
        }
        return box;
    }
}
