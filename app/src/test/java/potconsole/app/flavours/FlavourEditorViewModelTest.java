package potconsole.app.flavours;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.app.dialog.RecordingDialogs;
import potconsole.app.jobs.TasksViewModel;
import potconsole.engine.exec.HostFiles;
import potconsole.engine.flavour.FlavourCommand;
import potconsole.engine.flavour.FlavourLibrary;
import potconsole.engine.flavour.FlavourLine;
import potconsole.engine.job.JobRunner;
import potconsole.engine.model.NetworkType;
import potconsole.engine.sandbox.SandboxHost;

class FlavourEditorViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path backups;

    private final SandboxHost host = SandboxHost.recordedHost(CLOCK);
    private final HostFiles files = host.files().orElseThrow();
    private final List<FlavourEditorViewModel.CreateRequest> creates = new ArrayList<>();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final FlavourEditorViewModel model = new FlavourEditorViewModel(
            new TasksViewModel(JobRunner.inline(), CLOCK, new RecordingDialogs(), h -> {}), dialogs, creates::add);

    private void openSandboxLibrary() {
        FlavourEditorViewModel.Library library = new FlavourEditorViewModel.Library(
                "Sandbox",
                new FlavourLibrary(files, "/usr/local/etc/pot/flavours", backups, CLOCK),
                Optional.of("Sandbox"));
        model.addLibrary(library);
        model.libraryProperty().set(library);
    }

    private String onHost(String file) throws Exception {
        try (InputStream in = files.read("/usr/local/etc/pot/flavours/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void rowsAndTextStayInSyncBothWays() {
        model.newFromTemplate(Optional.empty(), "web");

        model.add(FlavourLine.of(FlavourCommand.SET_RSS, List.of("-C", "2")));
        model.add(FlavourLine.of(FlavourCommand.SET_CMD, List.of("nginx")));
        assertThat(model.commandTextProperty().get()).isEqualTo("set-rss -C 2\nset-cmd -c \"nginx\"\n");

        model.commandTextProperty().set("set-env -E A=1\nset-rss -M 1G\n");
        assertThat(model.lines()).extracting(FlavourLine::raw).containsExactly("set-env -E A=1", "set-rss -M 1G");

        assertThat(model.move(1, -1)).isTrue();
        assertThat(model.commandTextProperty().get()).isEqualTo("set-rss -M 1G\nset-env -E A=1\n");
        assertThat(model.move(0, -1)).isFalse();
        model.remove(0);
        assertThat(model.commandTextProperty().get()).isEqualTo("set-env -E A=1\n");
    }

    @Test
    void typingAboveAnotherLineIsNeverRewrittenByARowBuiltForTheOldText() {
        model.newFromTemplate(Optional.empty(), "web");
        model.commandTextProperty().set("set-rss -C 2\n");
        FlavourLine rowShows = model.lines().get(0);
        String typed = "set-attribute -A persistent -V maybe";

        for (int k = 1; k <= typed.length(); k++) {
            String text = typed.substring(0, k) + "\nset-rss -C 2\n";
            model.commandTextProperty().set(text);
            // The row built for the old first line re-emits its line as its form is rebuilt or skinned.
            boolean taken = model.replace(0, rowShows, FlavourLine.of(FlavourCommand.SET_RSS, List.of("-C", "2")));

            assertThat(taken).isFalse();
            assertThat(model.commandTextProperty().get()).isEqualTo(text);
        }
        assertThat(model.lines()).extracting(FlavourLine::raw).containsExactly(typed, "set-rss -C 2");
    }

    @Test
    void aRowEditChangesOnlyItsOwnLine() {
        model.newFromTemplate(Optional.empty(), "web");
        model.commandTextProperty().set("set-attribute -A persistent -V maybe\nset-rss -C 2\nnot a command  \n");

        assertThat(model.replace(1, model.lines().get(1), FlavourLine.of(FlavourCommand.SET_RSS, List.of("-C", "4"))))
                .isTrue();

        assertThat(model.commandTextProperty().get())
                .isEqualTo("set-attribute -A persistent -V maybe\nset-rss -C 4\nnot a command  \n");
    }

    @Test
    void openingAnotherFlavourOrNewAsksBeforeDiscardingUnsavedEdits() throws Exception {
        openSandboxLibrary();
        model.open("dns");
        assertThat(dialogs.shown).as("a fresh editor has nothing to lose").isEmpty();
        model.newFromTemplate(Optional.empty(), "draft");
        model.commandTextProperty().set("set-rss -C 2\n");
        assertThat(model.dirtyProperty().get()).isTrue();

        dialogs.choice = "Cancel";
        model.open("demo-nginx");
        assertThat(dialogs.shown)
                .singleElement()
                .satisfies(d -> assertThat(d)
                        .startsWith("choose: Unsaved changes in draft")
                        .endsWith("Save/Discard"));
        assertThat(model.nameProperty().get()).isEqualTo("draft");
        assertThat(model.commandTextProperty().get()).isEqualTo("set-rss -C 2\n");

        dialogs.choice = "Discard";
        model.open("demo-nginx");
        assertThat(model.nameProperty().get()).isEqualTo("demo-nginx");
        assertThat(model.dirtyProperty().get()).isFalse();

        model.commandTextProperty().set(model.commandTextProperty().get() + "set-rss -C 3\n");
        dialogs.choice = "Save";
        model.newFromTemplate(Optional.empty(), "next");
        assertThat(onHost("demo-nginx")).endsWith("set-rss -C 3\n");
        assertThat(model.nameProperty().get()).isEqualTo("next");

        dialogs.shown.clear();
        model.newFromTemplate(Optional.empty(), "clean");
        assertThat(dialogs.shown).as("nothing unsaved: nothing asked").isEmpty();
    }

    @Test
    void openingAndSavingWithoutEditsChangesNoByteAndIsNotDirty() throws Exception {
        openSandboxLibrary();
        String before = onHost("demo-nginx");
        String script = onHost("demo-nginx.sh");

        model.open("demo-nginx");
        assertThat(model.dirtyProperty().get()).isFalse();
        model.save(() -> {});

        assertThat(onHost("demo-nginx")).isEqualTo(before);
        assertThat(onHost("demo-nginx.sh")).isEqualTo(script);
    }

    @Test
    void findingsFollowTheTextAndTheNetwork() {
        model.newFromTemplate(Optional.of("nginx-test"), "nginx-test");
        assertThat(model.findings()).isEmpty();

        model.commandTextProperty().set("set-attr -A persistent -V NO\n");
        assertThat(model.findings())
                .singleElement()
                .satisfies(f -> assertThat(f.fix()).contains("set-attribute"));

        model.commandTextProperty().set("set-rss -C 1\n");
        model.networkProperty().set(NetworkType.PUBLIC_BRIDGE);
        assertThat(model.findings()).anyMatch(f -> f.message().contains("pot #299"));
        assertThat(model.dirtyProperty().get()).isTrue();
    }

    @Test
    void saveThenCreateOpensTheWizardWithTheFlavoursInOrder() throws Exception {
        openSandboxLibrary();
        model.newFromTemplate(Optional.of("nginx-test-cmd"), "nginx-test-cmd");
        model.apply().applyOrder().add("dns");
        model.apply().applyOrder().move(1, -1);

        model.apply().createPotWithFlavours();

        assertThat(onHost("nginx-test-cmd")).isEqualTo("set-cmd -c \"nginx -g 'daemon off;'\"\n");
        assertThat(creates)
                .containsExactly(new FlavourEditorViewModel.CreateRequest("Sandbox", List.of("dns", "nginx-test-cmd")));
        assertThat(model.flavours()).extracting(f -> f.name()).contains("nginx-test-cmd");
    }

    @Test
    void thePreviewShowsWhatTheApplyListChanges() {
        openSandboxLibrary();
        model.newFromTemplate(Optional.of("nginx-test"), "nginx-test");
        model.networkProperty().set(NetworkType.PUBLIC_BRIDGE);

        model.apply().preview();

        assertThat(model.apply().previewProperty().get())
                .contains(
                        "pot create … -f nginx-test",
                        "would succeed",
                        "~ pot.attr.no-rc-script: NO → YES",
                        "+ pot.rss.memory=256M");
    }
}
