package potconsole.app.pots;

import static potconsole.app.pots.DetailWidgets.bold;
import static potconsole.app.pots.DetailWidgets.checked;
import static potconsole.app.pots.DetailWidgets.edit;
import static potconsole.app.pots.DetailWidgets.problemLabel;
import static potconsole.app.pots.DetailWidgets.show;

import atlantafx.base.theme.Styles;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import potconsole.app.dialog.Suggestions;
import potconsole.engine.model.EnvVar;
import potconsole.engine.model.FscompEntry;
import potconsole.engine.model.Pot;
import potconsole.engine.model.Snapshot;

/** The list-shaped tabs of the details: environment and hosts, mounts and files, the snapshot timeline. */
final class PotDetailsForms {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final PotDetailsViewModel model;

    PotDetailsForms(PotDetailsViewModel model) {
        this.model = model;
    }

    Node environment(Pot p) {
        Node dep = edit(
                "Add a dependency (pot add-dep: started before this pot)",
                "add-dep",
                "",
                "pot name",
                model::addDependency,
                v -> model.check(DetailCommands.dependency(v)));
        Suggestions.offer((TextField) dep.lookup("#add-dep"), model::otherPots);
        VBox box = new VBox(8);
        box.getChildren().addAll(envEditor(p));
        box.getChildren().addAll(hostsEditor(p));
        box.getChildren().add(dep);
        box.setPadding(new Insets(12));
        return box;
    }

    /** The environment (pot set-env), with secret values shown as •••• until revealed on purpose. */
    private List<Node> envEditor(Pot p) {
        TextArea env = new TextArea(PotDetailsViewModel.revealed(
                String.join("\n", p.env().stream().map(EnvVar::assignment).toList()), p.env(), false));
        env.setId("pot-env");
        env.setPrefRowCount(5);
        Label envProblem = problemLabel();
        Button envApply = new Button("Apply environment");
        envApply.setOnAction(e -> show(envProblem, model.setEnvironment(lines(env))));
        checked(env, envProblem, v -> model.environmentProblem(lines(env)));
        CheckBox reveal = new CheckBox("Reveal secret values");
        reveal.setId("pot-env-reveal");
        reveal.selectedProperty()
                .addListener((o, was, now) -> env.setText(PotDetailsViewModel.revealed(env.getText(), p.env(), now)));
        TextField secretName = new TextField();
        secretName.setId("pot-env-secret-name");
        secretName.setPromptText("VARIABLE");
        Button markSecret = new Button("Mark secret");
        markSecret.setOnAction(e -> {
            Optional<String> problem = model.markSecret(secretName.getText());
            show(envProblem, problem);
            if (problem.isEmpty()) {
                env.setText(PotDetailsViewModel.revealed(env.getText(), p.env(), reveal.isSelected()));
            }
        });
        HBox envActions = new HBox(8, envApply, reveal, secretName, markSecret);
        envActions.setAlignment(Pos.CENTER_LEFT);
        return List.of(
                bold("Environment, one VAR=value per line (pot set-env replaces the whole set)"),
                env,
                envActions,
                envProblem);
    }

    /** The pot's /etc/hosts entries (pot set-hosts). */
    private List<Node> hostsEditor(Pot p) {
        TextArea hosts = new TextArea(String.join(
                "\n", p.hosts().stream().map(h -> h.hostname() + " " + h.ip()).toList()));
        hosts.setId("pot-hosts");
        hosts.setPrefRowCount(4);
        Label hostsProblem = problemLabel();
        Button hostsApply = new Button("Apply /etc/hosts entries");
        hostsApply.setOnAction(e -> show(hostsProblem, model.setHosts(lines(hosts))));
        checked(hosts, hostsProblem, v -> model.check(DetailCommands.hosts(lines(hosts))));
        return List.of(
                bold("/etc/hosts entries, one 'hostname IP' per line (pot set-hosts)"),
                hosts,
                hostsApply,
                hostsProblem);
    }

    private static List<String> lines(TextArea area) {
        return area.getText()
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
    }

    Node mounts(Pot p) {
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
        List<Node> mount = pathStep(
                "mount",
                "/host/directory",
                "/mount/point/in/pot",
                "read-only",
                "Mount in",
                model::mountDirectory,
                (from, to) -> model.check(DetailCommands.mount(from, to, false)));
        List<Node> copy = pathStep(
                "copy",
                "/host/file/or/dir",
                "/absolute/path/in/pot",
                "even while running",
                "Copy in",
                model::copyIn,
                (from, to) -> model.check(DetailCommands.copyIn(from, to, false)));
        Label m = new Label("Mount a host directory (pot mount-in -d)");
        m.getStyleClass().add(Styles.TEXT_BOLD);
        Label c = new Label(
                "Copy a file or directory in (pot copy-in; a directory that exists gets a copy-in.* subdirectory)");
        c.getStyleClass().add(Styles.TEXT_BOLD);
        c.setWrapText(true);
        VBox box = new VBox(10, list, m);
        box.getChildren().addAll(mount);
        box.getChildren().add(c);
        box.getChildren().addAll(copy);
        box.setPadding(new Insets(12));
        return box;
    }

    /** What mount-in and copy-in ask of the view-model: two paths and a switch; empty when done, else why not. */
    private interface PathStep {
        Optional<String> run(String from, String to, boolean option);
    }

    /**
     * A row of two paths, a switch and a button that runs {@code step}, then the line that shows its problem. Each
     * path is checked on its own by {@code rule}, the other one standing in as a path the rules accept.
     */
    private List<Node> pathStep(
            String id,
            String fromPrompt,
            String toPrompt,
            String option,
            String action,
            PathStep step,
            BiFunction<String, String, Optional<String>> rule) {
        TextField from = new TextField();
        from.setId(id + "-from");
        from.setPromptText(fromPrompt);
        TextField to = new TextField();
        to.setId(id + "-to");
        to.setPromptText(toPrompt);
        CheckBox check = new CheckBox(option);
        Label problem = problemLabel();
        Button run = new Button(action);
        run.setOnAction(e -> show(problem, step.run(from.getText(), to.getText(), check.isSelected())));
        checked(from, problem, v -> rule.apply(v, DetailCommands.ANY_PATH));
        checked(to, problem, v -> rule.apply(DetailCommands.ANY_PATH, v));
        return List.of(new HBox(6, from, to, check, run), problem);
    }

    Node snapshots(Pot p) {
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
        List<Snapshot> newestFirst = new ArrayList<>(p.snapshots());
        Collections.reverse(newestFirst);
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
