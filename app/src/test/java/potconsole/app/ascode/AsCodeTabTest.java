package potconsole.app.ascode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import potconsole.app.main.Console;
import potconsole.app.pots.PotRow;
import potconsole.app.testkit.FxWait;
import potconsole.engine.ascode.AsCodeFiles;
import potconsole.engine.host.HostStore;
import potconsole.engine.journal.Journal;
import potconsole.engine.sandbox.SandboxHost;

/**
 * The details' "As code" tab on the demo sandbox, headless: web as flavour files (its set-cmd in a flavour of its
 * own), the format switch, the secret-values box and its warning, copy and an atomic save into a directory.
 */
@ExtendWith(ApplicationExtension.class)
class AsCodeTabTest {
    @TempDir
    static Path dir;

    private Console console;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        SandboxHost sandbox =
                SandboxHost.demoForTests(Clock.fixed(Instant.parse("2026-11-22T20:00:00Z"), ZoneOffset.UTC));
        console = new Console(stage, Journal.inMemory());
        stage.setScene(console.build(sandbox, new HostStore(dir.resolve("hosts.json"))));
        stage.show();
    }

    private Optional<PotRow> row(String name) {
        return console.pots().allRows().stream()
                .filter(r -> r.name().equals(name) && r.host().isSandbox())
                .findFirst();
    }

    @Test
    void showsWebAsCodeInEachFormatAndSavesIt(FxRobot robot) throws Exception {
        FxWait.until("the sandbox is read", () -> row("web").isPresent());
        TableView<PotRow> table = console.view().potsView().table();
        robot.interact(() -> table.getSelectionModel().select(row("web").orElseThrow()));
        FxWait.until(
                "the details",
                () -> robot.lookup("#pot-details .tab-pane").tryQuery().isPresent());
        TabPane tabs = robot.lookup("#pot-details .tab-pane").query();
        robot.interact(() -> tabs.getTabs().stream()
                .filter(t -> "tab-as-code".equals(t.getId()))
                .findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        TextArea text = robot.lookup("#as-code-text").query();
        assertThat(shownLabels(robot, 1024, 700))
                .as("the toolbar's labels at 1024x700, whole")
                .contains("Format", "flavour", "Include secret values", "Copy", "Save to directory…");

        assertThat(text.getText())
                .contains("# web-as-code\n", "set-attribute -A no-rc-script -V YES", "# web-as-code-cmd\n")
                .contains("pot create -p web");
        Label warning = robot.lookup("#as-code-warning").query();
        assertThat(warning.isVisible()).isFalse();

        ChoiceBox<AsCodeFiles.Format> format = robot.lookup("#as-code-format").query();
        robot.interact(() -> format.setValue(AsCodeFiles.Format.ansible));
        assertThat(text.getText()).contains("zilti.pot", "pot_jail");
        robot.interact(() -> format.setValue(AsCodeFiles.Format.script));
        assertThat(text.getText()).startsWith("#!/bin/sh\nset -e\n");

        CheckBox secrets = robot.lookup("#as-code-secrets").query();
        robot.interact(() -> secrets.setSelected(true));
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).contains("Secret values are included");

        robot.clickOn("Copy");
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo(text.getText());

        AsCodeTab tab = (AsCodeTab) text.getParent();
        Path out = Files.createDirectories(dir.resolve("out"));
        robot.interact(() -> {
            try {
                tab.model().saveTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("web-as-code.sh");
        }
        assertThat(Files.readString(out.resolve("web-as-code.sh"))).isEqualTo(text.getText());
    }

    /**
     * The text each label of the toolbar shows with the window at {@code w}x{@code h}; a label shows its whole text
     * or fails the test (a truncated one's text node ends in an ellipsis instead).
     */
    private List<String> shownLabels(FxRobot robot, double w, double h) {
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(w);
            stage.setHeight(h);
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Parent bar = robot.lookup("#as-code-bar").query();
        return bar.lookupAll("*").stream()
                .filter(Labeled.class::isInstance)
                .map(Labeled.class::cast)
                .filter(l -> l.getText() != null && !l.getText().isEmpty())
                .map(l -> {
                    String shown = l.getChildrenUnmodifiable().stream()
                            .filter(Text.class::isInstance)
                            .map(n -> ((Text) n).getText())
                            .filter(Objects::nonNull)
                            .findFirst()
                            .orElse("");
                    assertThat(shown).as("label shown for \"%s\"", l.getText()).isEqualTo(l.getText());
                    return shown;
                })
                .toList();
    }
}
