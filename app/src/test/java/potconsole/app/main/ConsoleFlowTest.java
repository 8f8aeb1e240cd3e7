package potconsole.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import potconsole.app.jobs.TaskItem;
import potconsole.app.pots.PotRow;
import potconsole.app.state.HostEntry;
import potconsole.app.testkit.FxWait;
import potconsole.engine.exec.Privilege;
import potconsole.engine.host.HostProfile;
import potconsole.engine.host.HostStore;
import potconsole.engine.journal.Journal;
import potconsole.engine.model.Attribute;
import potconsole.engine.model.PotState;
import potconsole.engine.sandbox.SandboxHost;

/**
 * The seed guide by clicking, headless (Monocle) against the sandbox: create a pot with a flavour, set an attribute,
 * start, stop, snapshot, destroy; a failing command shows pot's message; an unreachable host says why.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleFlowTest {
    @TempDir
    static Path dir;

    private Console console;

    @Start
    void start(Stage stage) throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        HostStore store = new HostStore(dir.resolve("hosts.json"));
        store.put(new HostProfile(
                "ghost",
                "127.0.0.1",
                Optional.of(closedPort),
                Optional.of("nobody"),
                Optional.empty(),
                Privilege.NONE,
                List.of()));
        console = new Console(stage, Journal.inMemory());
        stage.setScene(console.build(
                SandboxHost.demoForTests(Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC)), store));
        stage.show();
    }

    private Optional<PotRow> row(String name) {
        return console.pots().allRows().stream()
                .filter(r -> r.name().equals(name) && r.host().isSandbox())
                .findFirst();
    }

    private void select(FxRobot robot, String name) throws Exception {
        TableView<PotRow> table = console.view().potsView().table();
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getItems().stream()
                    .filter(r -> r.name().equals(name) && r.host().isSandbox())
                    .findFirst()
                    .ifPresent(r -> {
                        table.getSelectionModel().select(r);
                        table.scrollTo(r);
                    });
        });
        FxWait.until(
                name + " selected",
                () -> table.getSelectionModel().getSelectedItem() != null
                        && table.getSelectionModel().getSelectedItem().name().equals(name));
    }

    @Test
    void theSeedGuideByClicking(FxRobot robot) throws Exception {
        FxWait.until("the sandbox is read", () -> row("nginx").isPresent());

        robot.clickOn("#action-new-pot");
        FxWait.until(
                "the create dialog",
                () -> robot.lookup("#create-name").tryQuery().isPresent());
        robot.clickOn("#create-name").write("seed");
        ComboBox<String> flavours = robot.lookup("#create-flavour-choice").queryComboBox();
        robot.interact(() -> flavours.setValue("demo-nginx"));
        robot.clickOn("#create-flavour-add");
        assertThat(robot.lookup("#create-preview").queryLabeled().getText())
                .isEqualTo("Will run:  pot create -p seed -b 13.2 -t single -N inherit -f demo-nginx");
        robot.clickOn("Create");
        FxWait.until("seed is created", () -> row("seed").isPresent());

        select(robot, "seed");
        FxWait.until(
                "the details of seed",
                () -> robot.lookup("Attributes").tryQuery().isPresent());
        robot.clickOn("Attributes");
        FxWait.until(
                "the attribute switches",
                () -> robot.lookup("#attr-start-at-boot").tryQuery().isPresent());
        robot.clickOn("#attr-start-at-boot");
        FxWait.until(
                "start-at-boot is YES",
                () -> row("seed")
                        .map(r -> "YES".equals(r.pot().attribute(Attribute.START_AT_BOOT)))
                        .orElse(false));

        robot.clickOn("#action-start");
        FxWait.until(
                "seed runs",
                () -> row("seed").map(r -> r.pot().state() == PotState.RUNNING).orElse(false));
        robot.clickOn("#action-stop");
        FxWait.until(
                "seed stopped",
                () -> row("seed").map(r -> r.pot().state() == PotState.STOPPED).orElse(false));
        robot.clickOn("#action-snapshot");
        FxWait.until(
                "a snapshot",
                () -> row("seed").map(r -> r.pot().snapshots().size() == 1).orElse(false));

        robot.clickOn("#action-destroy");
        FxWait.until(
                "the confirmation",
                () -> robot.lookup("#confirm-dialog").tryQuery().isPresent());
        DialogPane confirm = robot.lookup("#confirm-dialog").query();
        assertThat(confirm.getContentText()).contains("1 snapshot are deleted for good");
        robot.clickOn("Destroy seed");
        FxWait.until("seed is gone", () -> row("seed").isEmpty());
    }

    @Test
    void exportAnImageWithTheNextTagSuggested(FxRobot robot) throws Exception {
        FxWait.until("the sandbox is read", () -> row("web").isPresent());
        select(robot, "web");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        FxWait.until(
                "the export dialog",
                () -> robot.lookup("#export-tag").tryQuery().isPresent());
        assertThat(robot.lookup("#export-tag").queryTextInputControl().getText())
                .isEqualTo("1.1");
        assertThat(robot.lookup("#export-plan").queryLabeled().getText()).startsWith("Exporting snapshot ");

        TextField dir = robot.lookup("#export-dir").queryAs(TextField.class);
        robot.interact(() -> dir.setText("relative/dir"));
        assertThat(robot.lookup("#export-problem").queryLabeled().getText()).contains("absolute");
        robot.interact(() -> dir.setText("/tmp/images"));
        assertThat(robot.lookup("#export-preview").queryLabeled().getText())
                .isEqualTo("Will run:  pot export -p web -t 1.1 -D /tmp/images -l 6");
        robot.clickOn("Export");

        FxWait.until(
                "the export task succeeded",
                () -> console.tasks().tasks().stream()
                        .anyMatch(t -> t.title().startsWith("pot export -p web")
                                && t.stateProperty().get() == TaskItem.State.SUCCEEDED));
        TaskItem task = console.tasks().tasks().stream()
                .filter(t -> t.title().startsWith("pot export -p web"))
                .findFirst()
                .orElseThrow();
        assertThat(task.output()).anyMatch(line -> line.contains("exporting web @") && line.contains("web_1.1.xz"));
        FxWait.until(
                "web shows the new image tag",
                () -> row("web")
                        .flatMap(r -> r.pot().imageTag())
                        .filter("1.1"::equals)
                        .isPresent());
    }

    @Test
    void exportToThisWorkstationWritesTheImageHere(FxRobot robot) throws Exception {
        FxWait.until("the sandbox is read", () -> row("web").isPresent());
        select(robot, "web");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        FxWait.until(
                "the export dialog",
                () -> robot.lookup("#export-here").tryQuery().isPresent());
        javafx.scene.control.CheckBox here = robot.lookup("#export-here").queryAs(javafx.scene.control.CheckBox.class);
        robot.interact(() -> here.setSelected(true));
        Path images = java.nio.file.Files.createDirectories(dir.resolve("images"));
        TextField localDir = robot.lookup("#export-local-dir").queryAs(TextField.class);
        robot.interact(() -> localDir.setText(images.toString()));
        assertThat(robot.lookup("#export-preview").queryLabeled().getText())
                .startsWith("Will run:  zfs send -R (streamed here) | xz -6 (");
        robot.clickOn("Export");

        FxWait.until(
                "the image is written here",
                () -> console.tasks().tasks().stream()
                        .anyMatch(t -> t.title().startsWith("export web @ 1.1")
                                && t.stateProperty().get() == TaskItem.State.SUCCEEDED));
        assertThat(images.resolve("web_1.1.xz.skein")).exists();
        assertThat(images.resolve("web_1.1.xz.meta")).hasContent("-");
    }

    @Test
    void importAnImageFromTheHostsRegistry(FxRobot robot) throws Exception {
        FxWait.until("the sandbox is read", () -> row("web").isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I).release(KeyCode.I, KeyCode.SHIFT, KeyCode.CONTROL);
        FxWait.until(
                "the import dialog",
                () -> robot.lookup("#import-pot").tryQuery().isPresent());
        robot.clickOn("#import-pot").write("web");
        robot.clickOn("#import-tag").write("1.0");
        TextField url = robot.lookup("#import-url").queryAs(TextField.class);
        robot.interact(() -> url.setText("file:///tmp/images"));
        assertThat(robot.lookup("#import-preview").queryLabeled().getText())
                .isEqualTo("Will run:  pot import -p web -t 1.0 -U file:///tmp/images   → pot web_1_0");
        robot.clickOn("Import");

        FxWait.until("web_1_0 is in the table", () -> row("web_1_0").isPresent());
    }

    @Test
    void theRegistryBrowserListsVerifiesAndOffersImport(FxRobot robot) throws Exception {
        Path registry = java.nio.file.Files.createDirectories(dir.resolve("registry"));
        potconsole.engine.image.ImageWriter.write(
                new java.io.ByteArrayInputStream(new byte[100_000]),
                registry,
                new potconsole.engine.image.ImageName("web", "1.0"),
                potconsole.engine.image.ImageMeta.NO_ORIGIN,
                potconsole.engine.image.ImageWriter.Options.defaults(1),
                (in, out) -> {});
        FxWait.until("the sandbox is read", () -> row("web").isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G).release(KeyCode.G, KeyCode.SHIFT, KeyCode.CONTROL);
        FxWait.until(
                "the registry window",
                () -> robot.lookup("#registry-location").tryQuery().isPresent());
        TextField location = robot.lookup("#registry-location").queryAs(TextField.class);
        robot.interact(() -> location.setText(registry.toString()));
        robot.clickOn("#registry-open");
        TableView<?> table = robot.lookup("#registry-table").queryAs(TableView.class);
        FxWait.until("the image is listed", () -> table.getItems().size() == 1);

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#registry-verify");
        FxWait.until(
                "the verification result",
                () -> robot.lookup("#info-dialog").tryQuery().isPresent());
        DialogPane result = robot.lookup("#info-dialog").query();
        assertThat(result.getContentText()).contains("passed  hash", "passed  xz integrity");
        robot.interact(() -> result.getScene().getWindow().hide());

        javafx.scene.control.Button importButton =
                robot.lookup("#registry-import").queryAs(javafx.scene.control.Button.class);
        robot.interact(importButton::fire);
        FxWait.until(
                "the import dialog",
                () -> robot.lookup("#import-preview").tryQuery().isPresent());
        // A folder on this workstation means nothing to the host as file://: its files are pushed by default.
        assertThat(robot.lookup("#import-push")
                        .queryAs(javafx.scene.control.CheckBox.class)
                        .isSelected())
                .isTrue();
        assertThat(robot.lookup("#import-preview").queryLabeled().getText())
                .isEqualTo("Will run:  copy web_1.0.xz* into the host's POT_CACHE (SFTP), then pot import -p web -t"
                        + " 1.0 -U file://" + registry + "   → pot web_1_0");
    }

    @Test
    void aRegistryOnTheHostIsVerifiedAndItsImagePushedIntoTheCacheAndImported(FxRobot robot) throws Exception {
        FxWait.until("the sandbox is read", () -> row("web").isPresent());
        TableView<?> table = openSandboxRegistry(robot);
        assertThat(robot.lookup("#registry-publish").queryButton().isDisabled()).isFalse();

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#registry-verify").queryButton().fire());
        FxWait.until(
                "the verification result",
                () -> robot.lookup("#info-dialog").tryQuery().isPresent());
        DialogPane result = robot.lookup("#info-dialog").query();
        assertThat(result.getContentText()).contains("passed  hash", "passed  xz index");
        robot.interact(() -> result.getScene().getWindow().hide());

        robot.interact(() -> robot.lookup("#registry-import").queryButton().fire());
        FxWait.until(
                "the import dialog",
                () -> robot.lookup("#import-push").tryQuery().isPresent());
        javafx.scene.control.CheckBox push = robot.lookup("#import-push").queryAs(javafx.scene.control.CheckBox.class);
        robot.interact(() -> push.setSelected(true));
        assertThat(robot.lookup("#import-preview").queryLabeled().getText())
                .isEqualTo("Will run:  copy web_1.0.xz* into the host's POT_CACHE (SFTP), then pot import -p web -t 1.0"
                        + " -U file:///tmp/images   → pot web_1_0");
        robot.clickOn("Import");

        FxWait.until("web_1_0 is in the table", () -> row("web_1_0").isPresent());
        assertThat(console.tasks().tasks())
                .anyMatch(t -> t.title().startsWith("pot import -p web -t 1.0")
                        && t.stateProperty().get() == TaskItem.State.SUCCEEDED);
    }

    /** The seed guide's nginx-test (+ nginx-test-cmd) built row by row, saved to the sandbox, applied by create. */
    @Test
    void buildTheSeedFlavourVisuallySaveItAndCreateAPotWithIt(FxRobot robot) throws Exception {
        FxWait.until("the sandbox is read", () -> row("web").isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        FxWait.until(
                "the flavour editor",
                () -> robot.lookup("#flavour-rows").tryQuery().isPresent());
        FxWait.until(
                "the sandbox's flavours",
                () -> robot.lookup("#flavour-list").queryListView().getItems().size() >= 4);
        TextField name = robot.lookup("#flavour-name").queryAs(TextField.class);
        robot.interact(() -> name.setText("nginx-test"));

        addRow(robot, "set-attribute");
        addRow(robot, "set-attribute");
        ComboBox<String> attribute = robot.lookup("#row-attribute").nth(1).queryComboBox();
        robot.interact(() -> attribute.setValue("no-rc-script"));
        ComboBox<String> value = robot.lookup("#row-attribute-value").nth(1).queryComboBox();
        robot.interact(() -> value.getEditor().setText("YES"));
        addRow(robot, "set-rss");
        addRow(robot, "set-rss");
        ComboBox<String> kind = robot.lookup("#row-rss-kind").nth(1).queryComboBox();
        robot.interact(() -> kind.setValue("memory (-M)"));
        TextField memory = robot.lookup("#row-rss-value").nth(1).queryAs(TextField.class);
        robot.interact(() -> memory.setText("256M"));
        TextArea text = robot.lookup("#flavour-text").queryAs(TextArea.class);
        assertThat(text.getText())
                .isEqualTo("set-attribute -A persistent -V NO\nset-attribute -A no-rc-script -V YES\n"
                        + "set-rss -C 1\nset-rss -M 256M\n");
        assertThat(robot.lookup("#flavour-findings").queryListView().getItems()).isEmpty();
        robot.interact(() -> robot.lookup("#flavour-save").queryButton().fire());
        FxWait.until(
                "nginx-test is saved",
                () -> robot.lookup("#flavour-list").queryListView().getItems().stream()
                        .anyMatch(f ->
                                ((potconsole.engine.model.Flavour) f).name().equals("nginx-test")));

        robot.clickOn("#flavour-new");
        robot.clickOn("Blank flavour");
        FxWait.until(
                "the name prompt",
                () -> robot.lookup(".text-input-dialog").tryQuery().isPresent());
        DialogPane prompt = robot.lookup(".text-input-dialog").query();
        TextField promptField = robot.from(prompt).lookup(".text-field").queryAs(TextField.class);
        robot.interact(() -> promptField.setText("nginx-test-cmd"));
        robot.interact(
                () -> ((javafx.scene.control.Button) prompt.lookupButton(javafx.scene.control.ButtonType.OK)).fire());
        FxWait.until("the new flavour", () -> name.getText().equals("nginx-test-cmd"));
        addRow(robot, "set-cmd");
        TextField cmd = robot.lookup("#row-cmd").queryAs(TextField.class);
        robot.interact(() -> cmd.setText("nginx -g 'daemon off;'"));
        assertThat(text.getText()).isEqualTo("set-cmd -c \"nginx -g 'daemon off;'\"\n");
        robot.interact(() -> robot.lookup("#flavour-save").queryButton().fire());
        FxWait.until(
                "nginx-test-cmd is saved",
                () -> robot.lookup("#flavour-list").queryListView().getItems().stream()
                        .anyMatch(f ->
                                ((potconsole.engine.model.Flavour) f).name().equals("nginx-test-cmd")));

        ListView<String> order = robot.lookup("#flavour-apply-order").queryListView();
        // Added at the end, then moved up: the apply order changes only through the pane's buttons.
        robot.interact(() -> {
            robot.lookup("#flavour-apply-choice").queryComboBox().setValue("nginx-test");
            robot.lookup("#flavour-apply-add").queryButton().fire();
            order.getSelectionModel().select(1);
            robot.lookup("#flavour-apply-up").queryButton().fire();
        });
        assertThat(order.getItems()).containsExactly("nginx-test", "nginx-test-cmd");
        robot.interact(() -> robot.lookup("#flavour-create-pot").queryButton().fire());
        FxWait.until(
                "the create dialog",
                () -> robot.lookup("#create-name").tryQuery().isPresent());
        TextField potName = robot.lookup("#create-name").queryAs(TextField.class);
        robot.interact(() -> potName.setText("nginx1"));
        assertThat(robot.lookup("#create-preview").queryLabeled().getText())
                .endsWith("-f nginx-test -f nginx-test-cmd");
        robot.clickOn("Create");
        FxWait.until("nginx1 is created", () -> row("nginx1").isPresent());

        PotRow created = row("nginx1").orElseThrow();
        assertThat(created.pot().attribute(Attribute.NO_RC_SCRIPT)).isEqualTo("YES");
        assertThat(created.pot().attribute(Attribute.PERSISTENT)).isEqualTo("NO");
        assertThat(created.pot().cmd()).contains("nginx -g 'daemon off;'");
        robot.interact(() ->
                robot.lookup("#flavour-rows").query().getScene().getWindow().hide());
        select(robot, "nginx1");
        robot.clickOn("#tab-command-resources");
        FxWait.until(
                "the command and resources",
                () -> robot.lookup("#rss-memory").tryQuery().isPresent());
        assertThat(robot.lookup("#pot-cmd").queryAs(TextField.class).getText()).isEqualTo("nginx -g 'daemon off;'");
        assertThat(robot.lookup("#rss-cpus").queryAs(TextField.class).getText()).isEqualTo("1");
        assertThat(robot.lookup("#rss-memory").queryAs(TextField.class).getText())
                .isEqualTo("256M");
    }

    @Test
    void typingInTheTextViewKeepsEveryKeyAndUpdatesTheRows(FxRobot robot) throws Exception {
        FxWait.until("the sandbox is read", () -> row("web").isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        FxWait.until(
                "the flavour editor",
                () -> robot.lookup("#flavour-rows").tryQuery().isPresent());
        ListView<?> rows = robot.lookup("#flavour-rows").queryListView();
        addRow(robot, "set-cmd");
        javafx.scene.control.TabPane tabs = robot.lookup("#flavour-tabs").query();
        robot.interact(() -> tabs.getSelectionModel().select(1));
        TextArea text = robot.lookup("#flavour-text").queryAs(TextArea.class);
        robot.clickOn(text);
        robot.interact(() -> text.positionCaret(0));

        robot.write("set-rss -M 1G\nset-env -E A=1\n");

        assertThat(text.getText()).isEqualTo("set-rss -M 1G\nset-env -E A=1\nset-cmd -c \"\"\n");
        assertThat(rows.getItems()).hasSize(3);
        robot.interact(() -> text.getScene().getWindow().hide());
    }

    @Test
    void aNomadJobForAnImageOfTheRegistry(FxRobot robot) throws Exception {
        FxWait.until("the sandbox is read", () -> row("web").isPresent());
        TableView<?> table = openSandboxRegistry(robot);
        robot.interact(() -> table.getSelectionModel().select(0));

        robot.interact(() -> robot.lookup("#registry-nomad").queryButton().fire());
        FxWait.until(
                "the Nomad job window",
                () -> robot.lookup("#nomad-hcl").tryQuery().isPresent());
        TextArea hcl = robot.lookup("#nomad-hcl").queryAs(TextArea.class);
        assertThat(hcl.getText())
                .contains("image        = \"file:///tmp/images\"", "pot          = \"web\"", "tag          = \"1.0\"");
        robot.interact(
                () -> robot.lookup("#nomad-command").queryAs(TextField.class).setText("nginx"));
        robot.interact(() -> robot.lookup("#nomad-args").queryAs(TextArea.class).setText("-g\n'daemon off;'"));
        robot.interact(
                () -> robot.lookup("#nomad-port-map").queryAs(TextArea.class).setText("http = 80"));

        assertThat(hcl.getText()).contains("args         = [\"-g\", \"'daemon off;'\"]", "port \"http\" {}");
        assertThat(robot.lookup("#nomad-ports").queryLabeled().getText()).contains("→  port 80 inside the pot");
        assertThat(robot.lookup("#nomad-copy-button").queryButton().isDisabled())
                .isFalse();
        robot.interact(
                () -> robot.lookup("#nomad-port-map").queryAs(TextArea.class).setText("http"));
        assertThat(robot.lookup("#nomad-problems").queryLabeled().getText()).contains("label http has no port");
        assertThat(robot.lookup("#nomad-copy-button").queryButton().isDisabled())
                .isTrue();
    }

    /** Ctrl+Shift+G, then the sandbox's /tmp/images (one image, web 1.0) opened over its files. */
    private static TableView<?> openSandboxRegistry(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G).release(KeyCode.G, KeyCode.SHIFT, KeyCode.CONTROL);
        FxWait.until(
                "the registry window",
                () -> robot.lookup("#registry-location").tryQuery().isPresent());
        TextField location = robot.lookup("#registry-location").queryAs(TextField.class);
        robot.interact(() -> location.setText("Sandbox:/tmp/images"));
        robot.interact(() -> robot.lookup("#registry-open").queryButton().fire());
        TableView<?> table = robot.lookup("#registry-table").queryAs(TableView.class);
        FxWait.until("the host's image is listed", () -> table.getItems().size() == 1);
        return table;
    }

    private static void addRow(FxRobot robot, String command) {
        javafx.scene.control.MenuButton add = robot.lookup("#flavour-add").query();
        robot.interact(() -> add.getItems().stream()
                .filter(i -> ("flavour-add-" + command).equals(i.getId()))
                .findFirst()
                .orElseThrow()
                .fire());
    }

    @Test
    void aFailingCommandShowsPotsOwnMessage(FxRobot robot) throws Exception {
        FxWait.until("the sandbox is read", () -> row("batch").isPresent());
        select(robot, "batch");
        robot.clickOn("#action-start");
        FxWait.until(
                "the error dialog",
                () -> robot.lookup("#error-dialog").tryQuery().isPresent());
        DialogPane error = robot.lookup("#error-dialog").query();
        assertThat(error.getHeaderText())
                .contains("batch's command exited with status 3", "batch reported application error");
    }

    @Test
    void anUnreachableHostSaysWhy(FxRobot robot) throws Exception {
        HostEntry ghost = console.hosts().hosts().stream()
                .filter(h -> h.name().equals("ghost"))
                .findFirst()
                .orElseThrow();
        FxWait.until("ghost was tried", () -> ghost.reachProperty().get() == HostEntry.Reach.UNREACHABLE);
        assertThat(ghost.problemProperty().get())
                .hasValueSatisfying(p -> assertThat(p).contains("refused the connection"));
        FxWait.until(
                "the sidebar shows why",
                () -> robot.lookup(n -> n instanceof javafx.scene.control.Label l
                                && l.getText() != null
                                && l.getText().startsWith("unreachable:")
                                && l.getText().contains("refused"))
                        .tryQuery()
                        .isPresent());
    }
}
