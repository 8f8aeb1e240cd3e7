package potconsole.app.doctor;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Tab;
import potconsole.app.dialog.ErrorText;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.pots.PotDetailsView;
import potconsole.app.pots.PotDetailsViewModel;
import potconsole.app.pots.PotRow;
import potconsole.engine.doctor.DoctorReader;
import potconsole.engine.doctor.NetworkExplainer;
import potconsole.engine.model.HostInventory;

/**
 * The doctor's two tabs in the pot details: Usage (live get-rss charts, sampled only while the tab is shown) and
 * Network path (the selected pot's chain, read — one exec — when the tab is shown or the selection changes under it).
 */
public final class PotDoctorTabs {
    private final UsageViewModel usage;
    private final UsageView usageView;
    private final NetworkPathView pathView = new NetworkPathView();
    private final Tab usageTab = new Tab("Usage");
    private final Tab pathTab = new Tab("Network path");
    private final TasksViewModel tasks;
    private final PotDetailsViewModel details;

    private PotDoctorTabs(PotDetailsViewModel details, TasksViewModel tasks) {
        this.details = details;
        this.tasks = tasks;
        this.usage = new UsageViewModel(tasks, Clock.systemUTC());
        this.usageView = new UsageView(usage);
        usageTab.setId("tab-usage");
        pathTab.setId("tab-network-path");
        usageTab.setContent(usageView);
        pathTab.setContent(pathView);
        usage.potProperty().bind(details.selectedProperty());
        usageTab.selectedProperty().addListener((o, was, now) -> usageView.showing(now));
        pathTab.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                readPath();
            }
        });
        details.selectedProperty().addListener((o, was, now) -> {
            if (pathTab.isSelected()) {
                readPath();
            }
        });
    }

    /** Adds both tabs to the details pane. */
    public static void addTo(PotDetailsView view, PotDetailsViewModel details, TasksViewModel tasks) {
        PotDoctorTabs tabs = new PotDoctorTabs(details, tasks);
        view.addTab(tabs.usageTab);
        view.addTab(tabs.pathTab);
    }

    private void readPath() {
        Optional<PotRow> row = details.selectedProperty().get();
        Optional<HostInventory> inv = row.flatMap(r -> r.host().inventory());
        if (row.isEmpty() || inv.isEmpty()) {
            pathView.show("Select a pot.", List.of());
            return;
        }
        PotRow r = row.get();
        pathView.show("reading " + r.host().name() + "…", List.of());
        tasks.quietly(
                "network path of " + r.name(),
                ctx -> DoctorReader.read(r.host().service(), inv.get(), ctx.cancellation()),
                facts -> {
                    if (details.selectedProperty().get().filter(x -> x == r).isPresent()) {
                        pathView.show(
                                r.name() + " on " + r.host().name(),
                                inv.get()
                                        .pot(r.name())
                                        .map(p -> new NetworkExplainer(inv.get(), facts).explain(p))
                                        .orElse(List.of()));
                    }
                },
                e -> pathView.show(
                        "could not read " + r.host().name() + ": "
                                + ErrorText.of(e).headline(),
                        List.of()));
    }
}
