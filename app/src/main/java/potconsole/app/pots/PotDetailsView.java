package potconsole.app.pots;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import potconsole.app.theme.Layouts;
import potconsole.engine.model.Attribute;
import potconsole.engine.model.AttributeKind;
import potconsole.engine.model.PortMapping;
import potconsole.engine.model.Pot;

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
    private final Label problems = new Label();
    private final ChangeListener<Pot> potChanged = (o, was, now) -> rebuildCurrent();
    private Optional<PotRow> current = Optional.empty();
    private final PotDetailsForms forms;
    private final List<Tab> extraTabs = new ArrayList<>();

    public PotDetailsView(PotDetailsViewModel model) {
        this.model = model;
        this.forms = new PotDetailsForms(model, this::edit);
        this.sections = List.of(
                section("Overview", p -> p, this::overview),
                section("Attributes", Pot::attributes, this::attributes),
                section(
                        "Command & resources",
                        p -> List.of(p.cmd(), p.resources(), p.state()),
                        this::commandAndResources),
                section("Network", p -> List.of(p.network(), p.exportedPorts(), p.state()), this::network),
                section("Environment & hosts", p -> List.of(p.env(), p.hosts()), p -> forms.environment(p)),
                section("Mounts & files", Pot::fscomps, p -> forms.mounts(p)),
                section("Snapshots", p -> List.of(p.snapshots(), p.state()), p -> forms.snapshots(p)));
        getStyleClass().add("pot-details");
        setId("pot-details");
        title.getStyleClass().add(Styles.TITLE_4);
        answer.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        answer.setId("pot-answer");
        answer.setWrapText(true);
        answer.textProperty().bind(model.lastAnswerProperty());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        problems.setId("pot-problems");
        problems.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problems.setWrapText(true);
        problems.managedProperty().bind(problems.visibleProperty());
        VBox top = new VBox(4, title, problems);
        top.setPadding(new Insets(8, 12, 4, 12));
        setTop(top);
        setCenter(tabs);
        HBox bottom = new HBox(answer);
        bottom.setPadding(new Insets(4, 12, 6, 12));
        setBottom(bottom);
        model.selectedProperty().addListener((o, was, now) -> select(now));
        rebuild(Optional.empty(), Optional.empty());
    }

    /** A tab another screen draws itself (the doctor's usage and network path); it follows the selection itself. */
    public void addTab(Tab tab) {
        extraTabs.add(tab);
        if (!tabs.getTabs().isEmpty()) {
            tabs.getTabs().add(tab);
        }
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

    /** One tab: what of the pot it shows (its key), and how to draw it. */
    private record Section(Tab tab, Function<Pot, Object> key, Function<Pot, Node> draw) {}

    private final List<Section> sections;
    private final Map<Tab, Object> drawnFrom = new HashMap<>();

    private static Section section(String name, Function<Pot, Object> key, Function<Pot, Node> draw) {
        Tab t = new Tab(name);
        t.setId("tab-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
        return new Section(t, key, draw);
    }

    /**
     * The tabs stay; a tab is drawn again only when what it shows changed (another pot, or this pot's part of it), so
     * a refresh that took a snapshot does not wipe an environment edit being typed, nor move the selected tab.
     */
    private void rebuild(Optional<PotRow> row, Optional<PotRow> before) {
        problems.setVisible(false);
        if (row.isEmpty()) {
            title.setText("Select a pot to see and change it");
            tabs.getTabs().clear();
            drawnFrom.clear();
            return;
        }
        boolean samePot =
                before.filter(b -> row.filter(r -> r == b).isPresent()).isPresent();
        if (!samePot) {
            drawnFrom.clear();
        }
        if (tabs.getTabs().isEmpty()) {
            sections.forEach(sec -> tabs.getTabs().add(sec.tab()));
            tabs.getTabs().addAll(extraTabs);
        }
        List<String> found = PotDetailsViewModel.problems(row.get());
        problems.setText(String.join("\n", found.stream().map(f -> "⚠ " + f).toList()));
        problems.setVisible(!found.isEmpty());
        Pot p = row.get().pot();
        title.setText(
                p.name() + " on " + row.get().host().name() + " — " + p.state().label());
        for (Section sec : sections) {
            Object key = sec.key().apply(p);
            if (!key.equals(drawnFrom.get(sec.tab()))) {
                sec.tab().setContent(scroll(sec.draw().apply(p)));
                drawnFrom.put(sec.tab(), key);
            }
        }
    }

    private static Node scroll(Node content) {
        ScrollPane scroll = new ScrollPane(Layouts.keepTextWhole(content));
        scroll.setFitToWidth(true);
        return scroll;
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
        row(g, r++, "Last run", PotDetailsView.lastRun(p));
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

    /** A non-persistent pot's application result, or what a persistent pot's stats really say. */
    static String lastRun(Pot p) {
        OptionalInt app = p.lastApplicationExit();
        if (app.isPresent()) {
            return app.getAsInt() == 0
                    ? "its command exited 0 (ok)"
                    : "its command failed with exit code " + app.getAsInt();
        }
        OptionalInt start = p.lastRun().map(l -> l.exitCode()).orElse(OptionalInt.empty());
        if (p.persistent() && start.isPresent()) {
            return "no application run (persistent); its start command ("
                    + p.cmd().orElse("sh /etc/rc") + ") returned " + start.getAsInt() + " at its last start";
        }
        return "never ran";
    }

    private Node attributes(Pot p) {
        GridPane g = grid();
        int r = 0;
        for (Attribute a : Attribute.values()) {
            Label name = new Label(a.potName());
            name.setTooltip(new Tooltip(a.description()));
            Label help = new Label(a.description() + "  (default " + a.newPotValue() + ")");
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

    static Label problemLabel() {
        Label l = new Label();
        l.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        l.setWrapText(true);
        l.setMaxWidth(460);
        l.setManaged(false);
        return l;
    }

    static void show(Label problem, Optional<String> text) {
        problem.setText(text.orElse(""));
        problem.setManaged(text.isPresent());
    }

    /** A labelled text input with Apply; the problem (if the engine refuses the value) shows under it. */
    private Node edit(String label, String id, String value, String hint, Function<String, Optional<String>> onApply) {
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
        l.setWrapText(true);
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
        liveTitle.setWrapText(true);
        Label live = new Label();
        live.setId("rss-live");
        live.setWrapText(true);
        live.textProperty().bind(model.usageProperty());
        Button read = new Button("Read now");
        read.setDisable(!p.state().isRunning());
        read.setOnAction(e -> model.refreshUsage());
        Label title = new Label("Resource limits (pot set-rss; applied at the next start)");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setWrapText(true);
        // Apply moves to the next line when the pane is narrow, instead of off its right edge.
        FlowPane limits = new FlowPane(
                6, 6, new HBox(6, new Label("CPUs"), cpus), new HBox(6, new Label("Memory"), memory), apply);
        limits.setPrefWrapLength(200);
        limits.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(
                14,
                edit(
                        "Command (pot set-cmd)",
                        "pot-cmd",
                        p.cmd().orElse("sh /etc/rc"),
                        "Run when the pot starts. In rc mode quotes are passed literally; set no-rc-script for shell quoting.",
                        model::setCommand),
                new VBox(4, title, limits, problem),
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
}
