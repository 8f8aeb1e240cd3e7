package potconsole.app.main;

import atlantafx.base.theme.Styles;
import java.time.Duration;
import java.time.Instant;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import potconsole.app.hosts.HostEntry;
import potconsole.app.pots.PotsView;
import potconsole.app.pots.PotsViewModel;
import potconsole.engine.model.PotState;

/** The main window: hosts in a sidebar, the pots of the selected host, a status bar. */
public final class MainView extends BorderPane {
    private final PotsViewModel pots;
    private final PotsView potsView;
    private final Label status = new Label();
    private final ListView<HostEntry> hosts = new ListView<>();

    public MainView(PotsViewModel pots) {
        this.pots = pots;
        this.potsView = new PotsView(pots);
        getStyleClass().add("main-view");
        setLeft(createSidebar());
        setCenter(potsView);
        setBottom(createStatusBar());
        startAgeTicker();
    }

    public PotsView potsView() {
        return potsView;
    }

    private VBox createSidebar() {
        Label header = new Label("HOSTS");
        header.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "sidebar-header");
        hosts.setId("hosts");
        hosts.getItems().add(pots.host());
        hosts.getSelectionModel().select(0);
        hosts.setCellFactory(list -> new HostCell());
        hosts.setPrefWidth(230);
        VBox.setVgrow(hosts, Priority.ALWAYS);
        VBox box = new VBox(8, header, hosts);
        box.setPadding(new Insets(12, 8, 12, 12));
        box.getStyleClass().add("sidebar");
        return box;
    }

    private HBox createStatusBar() {
        status.setId("status");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label keys = new Label("F5 refresh · Ctrl+F filter");
        keys.getStyleClass().add(Styles.TEXT_MUTED);
        HBox bar = new HBox(12, status, grow, keys);
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.getStyleClass().add("status-bar");
        status.textProperty()
                .bind(Bindings.createStringBinding(
                        this::statusText,
                        pots.allRows(),
                        pots.host().reachProperty(),
                        pots.host().lastRefreshProperty()));
        return bar;
    }

    private String statusText() {
        HostEntry host = pots.host();
        long running = pots.allRows().stream()
                .map(r -> r.pot())
                .filter(p -> p.state() == PotState.RUNNING)
                .count();
        String base = host.name() + " · " + pots.allRows().size() + " pots · " + running + " running";
        return switch (host.reachProperty().get()) {
            case NEVER_LOADED -> host.name() + " · not read yet";
            case LOADING -> base + " · refreshing…";
            case UNREACHABLE ->
                host.name() + " · unreachable: " + host.problemProperty().get().orElse("");
            case REACHABLE ->
                base + " · refreshed "
                        + host.lastRefreshProperty()
                                .get()
                                .map(t -> PotsView.age(Duration.between(t, Instant.now())))
                                .orElse("");
        };
    }

    /** Keeps "refreshed N s ago" honest without polling the host. */
    private void startAgeTicker() {
        Timeline tick = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> {
            status.textProperty().unbind();
            status.textProperty()
                    .bind(Bindings.createStringBinding(
                            this::statusText,
                            pots.allRows(),
                            pots.host().reachProperty(),
                            pots.host().lastRefreshProperty()));
            hosts.refresh();
        }));
        tick.setCycleCount(Timeline.INDEFINITE);
        tick.play();
    }

    /** A host: its name, a sandbox badge, and reachable/unreachable with the reason and refresh age. */
    static final class HostCell extends ListCell<HostEntry> {
        @Override
        protected void updateItem(HostEntry host, boolean empty) {
            super.updateItem(host, empty);
            if (empty || host == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(host.name());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            HBox top = new HBox(6, name);
            if (host.isSandbox()) {
                Label badge = new Label("SANDBOX");
                badge.getStyleClass().add("sandbox-badge");
                top.getChildren().add(badge);
            }
            Label detail = new Label(
                    switch (host.reachProperty().get()) {
                        case NEVER_LOADED -> "not read yet";
                        case LOADING -> "reading…";
                        case REACHABLE ->
                            "reachable · "
                                    + host.lastRefreshProperty()
                                            .get()
                                            .map(t -> PotsView.age(Duration.between(t, Instant.now())))
                                            .orElse("");
                        case UNREACHABLE ->
                            "unreachable: " + host.problemProperty().get().orElse("");
                    });
            detail.getStyleClass()
                    .addAll(
                            Styles.TEXT_SMALL,
                            host.reachProperty().get() == HostEntry.Reach.UNREACHABLE
                                    ? Styles.DANGER
                                    : Styles.TEXT_MUTED);
            detail.setWrapText(true);
            setGraphic(new VBox(2, top, detail));
        }
    }
}
