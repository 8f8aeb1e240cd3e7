package potconsole.app.pots;

import static potconsole.app.pots.DetailWidgets.bold;
import static potconsole.app.pots.DetailWidgets.checked;
import static potconsole.app.pots.DetailWidgets.edit;
import static potconsole.app.pots.DetailWidgets.grid;
import static potconsole.app.pots.DetailWidgets.problemLabel;
import static potconsole.app.pots.DetailWidgets.row;
import static potconsole.app.pots.DetailWidgets.show;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import java.util.OptionalInt;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import potconsole.engine.model.Attribute;
import potconsole.engine.model.AttributeKind;
import potconsole.engine.model.PortMapping;
import potconsole.engine.model.Pot;

/** The field-shaped tabs of the details: overview, attributes, command and resources, network. */
final class PotDetailsTabs {
    private final PotDetailsViewModel model;

    PotDetailsTabs(PotDetailsViewModel model) {
        this.model = model;
    }

    Node overview(Pot p) {
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
        row(g, r++, "Last run", lastRun(p));
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

    Node attributes(Pot p) {
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
        checked(field, problem, v -> model.check(DetailCommands.attribute(a, v)));
        return new VBox(4, new HBox(6, field, apply), problem);
    }

    Node commandAndResources(Pot p) {
        VBox box = new VBox(
                14,
                edit(
                        "Command (pot set-cmd)",
                        "pot-cmd",
                        p.cmd().orElse("sh /etc/rc"),
                        "Run when the pot starts. In rc mode quotes are passed literally; set no-rc-script for shell quoting.",
                        model::setCommand,
                        v -> model.check(DetailCommands.command(v))),
                limits(p),
                liveUsage(p));
        box.setPadding(new Insets(12));
        return box;
    }

    private Node limits(Pot p) {
        TextField cpus = new TextField(p.resources().cpus().map(String::valueOf).orElse(""));
        cpus.setId("rss-cpus");
        cpus.setPromptText("e.g. 2");
        TextField memory = new TextField(p.resources().memory().orElse(""));
        memory.setId("rss-memory");
        memory.setPromptText("e.g. 512M");
        Label problem = problemLabel();
        Button apply = new Button("Apply");
        apply.setOnAction(e -> show(problem, model.setResources(cpus.getText(), memory.getText())));
        checked(cpus, problem, v -> model.check(DetailCommands.resources(v, "")));
        checked(memory, problem, v -> model.check(DetailCommands.resources("", v)));
        // Apply moves to the next line when the pane is narrow, instead of off its right edge.
        FlowPane limits = new FlowPane(
                6, 6, new HBox(6, new Label("CPUs"), cpus), new HBox(6, new Label("Memory"), memory), apply);
        limits.setPrefWrapLength(200);
        limits.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, bold("Resource limits (pot set-rss; applied at the next start)"), limits, problem);
    }

    private Node liveUsage(Pot p) {
        Label live = new Label();
        live.setId("rss-live");
        live.setWrapText(true);
        live.textProperty().bind(model.usageProperty());
        Button read = new Button("Read now");
        read.setDisable(!p.state().isRunning());
        read.setOnAction(e -> model.refreshUsage());
        return new VBox(4, bold("Live usage (pot get-rss)"), new HBox(8, read, live));
    }

    Node network(Pot p) {
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
                model::exportPorts,
                v -> model.check(DetailCommands.ports(v)));
        VBox box = new VBox(g, edit);
        VBox.setMargin(edit, new Insets(0, 12, 12, 12));
        return box;
    }
}
