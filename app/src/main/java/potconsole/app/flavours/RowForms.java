package potconsole.app.flavours;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import potconsole.app.dialog.Suggestions;
import potconsole.engine.flavour.FlavourCommand;
import potconsole.engine.flavour.FlavourLine;
import potconsole.engine.model.Attribute;
import potconsole.engine.model.AttributeKind;

/**
 * The form fitted to each flavour command: pickers and fields instead of option letters. Every edit builds the line
 * again with {@link FlavourLine#of} and hands it on; a line the form cannot show (pot ignores it) is edited as text.
 */
final class RowForms {
    private RowForms() {}

    static Node form(FlavourLine line, Consumer<FlavourLine> changed, HostNames names) {
        if (!line.valid()) {
            TextField raw = field("row-raw", line.raw(), "a line pot ignores: edit it or delete the row", 420);
            raw.textProperty().addListener((o, was, now) -> changed.accept(new FlavourLine(now.replace("\n", " "))));
            return raw;
        }
        FlavourCommand command = line.command().orElseThrow();
        return switch (command) {
            case SET_ATTRIBUTE -> attribute(line, changed);
            case SET_RSS -> rss(line, changed);
            case SET_ENV -> repeated(line, changed, command, "-E", "NAME=value (no spaces)", "row-env");
            case EXPORT_PORTS -> repeated(line, changed, command, "-e", "[tcp:|udp:]pot-port[:host-port]", "row-ports");
            case COPY_IN, COPY_IN_FLV -> copyIn(line, changed, command);
            case MOUNT_IN -> mountIn(line, changed, names.fscomps());
            case ADD_DEP -> addDep(line, changed, names.pots());
            case SET_CMD -> setCmd(line, changed);
        };
    }

    private static Node attribute(FlavourLine line, Consumer<FlavourLine> changed) {
        ComboBox<String> name = new ComboBox<>();
        name.setId("row-attribute");
        Arrays.stream(Attribute.values())
                .filter(a -> !a.isReadOnly())
                .forEach(a -> name.getItems().add(a.potName()));
        name.setValue(line.option("-A").orElse(null));
        name.setPromptText("attribute");
        ComboBox<String> value = attributeValue();
        offerValues(name, value);
        value.setValue(line.option("-V").orElse(""));
        Runnable emit = () -> changed.accept(FlavourLine.of(
                FlavourCommand.SET_ATTRIBUTE,
                List.of(
                        "-A",
                        text(name.getValue()),
                        "-V",
                        text(value.getEditor().getText()))));
        name.valueProperty().addListener((o, was, now) -> {
            offerValues(name, value);
            emit.run();
        });
        value.getEditor().textProperty().addListener((o, was, now) -> emit.run());
        return row(name, value);
    }

    /** Editable: a choice from the attribute's values fills the text, any text is taken. */
    private static ComboBox<String> attributeValue() {
        ComboBox<String> value = new ComboBox<>();
        value.setId("row-attribute-value");
        value.setEditable(true);
        value.setPrefWidth(140);
        value.setPromptText("value");
        value.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(value.getEditor().getText())) {
                value.getEditor().setText(now);
            }
        });
        return value;
    }

    /** The chosen attribute's values to pick from, and its description as the name's tooltip. */
    private static void offerValues(ComboBox<String> name, ComboBox<String> value) {
        var attribute = Attribute.byPotName(name.getValue() == null ? "" : name.getValue());
        value.getItems().setAll(attribute.map(RowForms::valuesFor).orElse(List.of()));
        name.setTooltip(attribute
                .map(a -> new Tooltip(a.description() + " (default " + a.newPotValue() + ")"))
                .orElse(null));
    }

    private static List<String> valuesFor(Attribute attribute) {
        if (attribute.kind() == AttributeKind.BOOL) {
            return List.of("YES", "NO");
        }
        if (attribute.kind() == AttributeKind.SYSVOPT) {
            return List.of("new", "inherit", "disable");
        }
        return List.of();
    }

    private static Node rss(FlavourLine line, Consumer<FlavourLine> changed) {
        ComboBox<String> kind = new ComboBox<>();
        kind.setId("row-rss-kind");
        kind.getItems().addAll("cpus (-C)", "memory (-M)");
        boolean memory = line.option("-M").isPresent();
        kind.setValue(memory ? "memory (-M)" : "cpus (-C)");
        TextField amount =
                field("row-rss-value", line.option(memory ? "-M" : "-C").orElse(""), "2, or 512M / 2G for memory", 120);
        Runnable emit = () -> changed.accept(FlavourLine.of(
                FlavourCommand.SET_RSS,
                List.of(kind.getValue().startsWith("memory") ? "-M" : "-C", text(amount.getText()))));
        kind.valueProperty().addListener((o, was, now) -> emit.run());
        amount.textProperty().addListener((o, was, now) -> emit.run());
        return row(kind, amount, hint("pot's units: a CPU count, or memory with K/M/G"));
    }

    private static Node repeated(
            FlavourLine line,
            Consumer<FlavourLine> changed,
            FlavourCommand command,
            String flag,
            String prompt,
            String id) {
        TextField values =
                field(id, String.join(" ", line.options(flag)), prompt + ", several separated by spaces", 360);
        values.textProperty().addListener((o, was, now) -> {
            List<String> args = new ArrayList<>();
            for (String v : now.strip().split("\\s+")) {
                if (!v.isEmpty()) {
                    args.add(flag);
                    args.add(v);
                }
            }
            changed.accept(FlavourLine.of(command, args));
        });
        return row(values);
    }

    private static Node copyIn(FlavourLine line, Consumer<FlavourLine> changed, FlavourCommand command) {
        boolean flv = command == FlavourCommand.COPY_IN_FLV;
        TextField source = field(
                "row-source",
                line.option("-s").orElse(""),
                flv ? "path in the flavour directory" : "/absolute/path/on/host",
                220);
        TextField destination = field("row-destination", line.option("-d").orElse(""), "/path/in/pot", 200);
        Runnable emit = () -> changed.accept(
                FlavourLine.of(command, List.of("-s", text(source.getText()), "-d", text(destination.getText()))));
        source.textProperty().addListener((o, was, now) -> emit.run());
        destination.textProperty().addListener((o, was, now) -> emit.run());
        return row(source, new Label("→"), destination);
    }

    private static Node mountIn(FlavourLine line, Consumer<FlavourLine> changed, Supplier<List<String>> fscomps) {
        ComboBox<String> kind = new ComboBox<>();
        kind.setId("row-mount-kind");
        kind.getItems().addAll("directory (-d)", "fscomp (-f)", "dataset (-z)");
        String flag = line.option("-f").isPresent() ? "-f" : line.option("-z").isPresent() ? "-z" : "-d";
        kind.setValue(kind.getItems().stream()
                .filter(k -> k.contains(flag))
                .findFirst()
                .orElseThrow());
        TextField source = field("row-source", line.option(flag).orElse(""), "what to mount", 180);
        // An fscomp is named: the host's fscomps are offered as it is typed.
        Suggestions.offer(source, () -> kind.getValue().contains("-f") ? fscomps.get() : List.of());
        TextField mountPoint = field("row-mount-point", line.option("-m").orElse(""), "/mount/point/in/pot", 180);
        CheckBox readOnly = new CheckBox("read-only");
        readOnly.setSelected(line.words().contains("-r"));
        Runnable emit = () -> {
            String f = kind.getValue()
                    .substring(kind.getValue().indexOf('(') + 1, kind.getValue().indexOf(')'));
            List<String> args = new ArrayList<>(List.of(f, text(source.getText()), "-m", text(mountPoint.getText())));
            if (readOnly.isSelected()) {
                args.add("-r");
            }
            changed.accept(FlavourLine.of(FlavourCommand.MOUNT_IN, args));
        };
        kind.valueProperty().addListener((o, was, now) -> emit.run());
        source.textProperty().addListener((o, was, now) -> emit.run());
        mountPoint.textProperty().addListener((o, was, now) -> emit.run());
        readOnly.selectedProperty().addListener((o, was, now) -> emit.run());
        return row(kind, source, new Label("→"), mountPoint, readOnly);
    }

    /** The host's pots are offered as the name is typed (a long list stays usable); any name is taken. */
    private static Node addDep(FlavourLine line, Consumer<FlavourLine> changed, Supplier<List<String>> pots) {
        TextField pot = field("row-dep", line.option("-P").orElse(""), "pot this one depends on", 220);
        Suggestions.offer(pot, pots);
        pot.textProperty()
                .addListener((o, was, now) ->
                        changed.accept(FlavourLine.of(FlavourCommand.ADD_DEP, List.of("-P", text(now)))));
        return row(pot);
    }

    private static Node setCmd(FlavourLine line, Consumer<FlavourLine> changed) {
        TextField command =
                field("row-cmd", line.setCmdValue().orElse(""), "the pot's command, e.g. nginx -g 'daemon off;'", 380);
        command.textProperty()
                .addListener((o, was, now) ->
                        changed.accept(FlavourLine.of(FlavourCommand.SET_CMD, List.of(now.replace("\n", " ")))));
        return row(command, hint("kept literally; apply this flavour last"));
    }

    /** An empty value would drop a word and shift the options; "?" keeps the line's shape (the linter flags it). */
    private static String text(String s) {
        String v = s == null ? "" : s.strip();
        return v.isEmpty() ? "?" : v;
    }

    private static TextField field(String id, String value, String prompt, double width) {
        TextField f = new TextField(value);
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefWidth(width);
        HBox.setHgrow(f, Priority.SOMETIMES);
        return f;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll("text-small", "text-muted");
        return l;
    }

    private static HBox row(Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
