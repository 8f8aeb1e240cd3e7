package potconsole.app.fleet;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import potconsole.app.main.Console;
import potconsole.app.pots.PotRow;
import potconsole.app.state.HostEntry;
import potconsole.engine.exec.Privilege;
import potconsole.engine.host.HostStore;
import potconsole.engine.journal.Journal;
import potconsole.engine.sandbox.SandboxHost;
import potconsole.engine.service.PotService;

/**
 * The console with the sandbox and two spare sandbox hosts, web and demo selected, for a look at dragging pots onto a
 * host on a real desktop (screenshots with xdotool): {@code CopyDragDemo}.
 */
public final class CopyDragDemo {
    private CopyDragDemo() {}

    public static void main(String[] args) {
        Platform.startup(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            try {
                Stage stage = new Stage();
                Console console = new Console(stage, Journal.inMemory());
                HostStore store = new HostStore(
                        Files.createTempDirectory("copy-drag-demo").resolve("hosts.json"));
                stage.setScene(console.build(SandboxHost.demo(), store));
                for (String name : new String[] {"Spare sandbox", "Build host"}) {
                    HostEntry spare = new HostEntry(
                            name, true, new PotService(SandboxHost.recordedHost(Clock.systemUTC()), Privilege.NONE));
                    console.hosts().hosts().add(spare);
                    console.poller().refresh(spare);
                }
                stage.setTitle("Pot Console");
                stage.setWidth(1500);
                stage.setHeight(900);
                stage.show();
                TableView<PotRow> table = console.view().potsView().table();
                table.getItems().addListener((javafx.collections.ListChangeListener<PotRow>) c -> select(table));
                select(table);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void select(TableView<PotRow> table) {
        if (table.getSelectionModel().getSelectedItems().size() == 2) {
            return;
        }
        table.getItems().stream()
                .filter(r -> r.host().isSandbox()
                        && r.host().name().equals("Sandbox")
                        && (r.name().equals("web") || r.name().equals("demo")))
                .forEach(r -> table.getSelectionModel().select(r));
    }
}
