package potconsole.app.pots;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import potconsole.app.theme.Layouts;
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
    private final List<Tab> extraTabs = new ArrayList<>();

    public PotDetailsView(PotDetailsViewModel model) {
        this.model = model;
        PotDetailsForms forms = new PotDetailsForms(model);
        PotDetailsTabs fields = new PotDetailsTabs(model);
        this.sections = List.of(
                section("Overview", p -> p, fields::overview),
                section("Attributes", Pot::attributes, fields::attributes),
                section(
                        "Command & resources",
                        p -> List.of(p.cmd(), p.resources(), p.state()),
                        fields::commandAndResources),
                section("Network", p -> List.of(p.network(), p.exportedPorts(), p.state()), fields::network),
                section("Environment & hosts", p -> List.of(p.env(), p.hosts()), forms::environment),
                section("Mounts & files", Pot::fscomps, forms::mounts),
                section("Snapshots", p -> List.of(p.snapshots(), p.state()), forms::snapshots));
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
}
