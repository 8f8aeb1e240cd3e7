package potconsole.app.images;

import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import potconsole.app.dialog.CommandDraft;
import potconsole.app.dialog.DialogService;
import potconsole.app.dialog.Objection;
import potconsole.app.jobs.TaskItem;
import potconsole.app.jobs.TasksViewModel;
import potconsole.app.pots.PotsViewModel;
import potconsole.app.state.HostEntry;
import potconsole.engine.command.ImportCommand;
import potconsole.engine.command.Validate;
import potconsole.engine.image.ImageName;
import potconsole.engine.image.Registry;
import potconsole.engine.image.RegistryEntry;
import potconsole.engine.job.Job;
import potconsole.engine.parse.ImageOutputs;

/** The import dialog's state: image pot and tag, registry URL as the host sees it, optional public key. */
public final class ImportImageViewModel {
    static final long POLL_MILLIS = 500;

    private final StringProperty pot = new SimpleStringProperty("");
    private final StringProperty tag = new SimpleStringProperty("");
    private final StringProperty url = new SimpleStringProperty("file:///");
    private final StringProperty publicKey = new SimpleStringProperty("");
    /** Copy the files into the host's cache from this console instead of letting pot fetch them. */
    private final BooleanProperty push = new SimpleBooleanProperty();

    private Optional<Registry> source = Optional.empty();
    private Optional<RegistryEntry> sourceEntry = Optional.empty();
    private List<ImageName> offered = List.of();

    private final HostEntry host;
    private final PotsViewModel pots;
    private final TasksViewModel tasks;
    private final DialogService dialogs;
    private final StringBinding preview;
    private final StringBinding problem;

    public ImportImageViewModel(HostEntry host, PotsViewModel pots, TasksViewModel tasks, DialogService dialogs) {
        this.host = host;
        this.pots = pots;
        this.tasks = tasks;
        this.dialogs = dialogs;
        Observable[] deps = {pot, tag, url, publicKey, push};
        preview = Bindings.createStringBinding(
                () -> build().map(c -> (push.get()
                                        ? "copy " + c.remotePot() + "_" + c.tag()
                                                + ".xz* into the host's POT_CACHE (SFTP), then "
                                        : "")
                                + c.display() + "   → pot " + c.localName())
                        .orElse(""),
                deps);
        problem = Bindings.createStringBinding(this::problemText, deps);
    }

    /**
     * The registry the image was picked in, which makes pushing possible. A registry folder on this workstation is
     * pushed into the host's {@code POT_CACHE} by default: its {@code file://} path means nothing on the host.
     */
    public void pushableFrom(Registry registry, RegistryEntry entry) {
        source = Optional.of(registry);
        sourceEntry = Optional.of(entry);
        if (onThisWorkstation() && canPush()) {
            push.set(true);
        }
    }

    /** The images of the registry the dialog was opened from, offered as the pot and the tag are typed. */
    public void offerImages(List<ImageName> images) {
        offered = List.copyOf(images);
    }

    /** The offered images' pots, each once. */
    public List<String> offeredPots() {
        return offered.stream().map(ImageName::pot).distinct().sorted().toList();
    }

    /** The offered tags of the pot typed so far. */
    public List<String> offeredTags() {
        return offered.stream()
                .filter(i -> i.pot().equals(pot.get().strip()))
                .map(ImageName::tag)
                .toList();
    }

    /** Whether the image comes from a folder on this workstation (not a host's directory or an HTTP registry). */
    public boolean onThisWorkstation() {
        return source.flatMap(r -> r.store().localDirectory()).isPresent();
    }

    public boolean canPush() {
        return source.isPresent() && host.service().files().isPresent();
    }

    public HostEntry host() {
        return host;
    }

    public StringBinding previewProperty() {
        return preview;
    }

    public StringBinding problemProperty() {
        return problem;
    }

    /** Runs the import as a task; the table refreshes when the new pot exists. */
    public Optional<TaskItem> importImage() {
        Optional<ImportCommand> command = build();
        if (command.isEmpty()) {
            return Optional.empty();
        }
        ImportCommand c = command.get();
        Job<ImageOutputs.Imported> job = push.get() && canPush()
                ? host.service().pushImport(source.get(), sourceEntry.get(), c.publicKey(), POLL_MILLIS)
                : host.service().importImage(c, POLL_MILLIS);
        return Optional.of(tasks.run(host, c.display(), job));
    }

    private Optional<ImportCommand> build() {
        return CommandDraft.build(this::command).command();
    }

    private String problemText() {
        return CommandDraft.build(this::command).problem();
    }

    // Each field's own verdict, for its mark: the command record's rules for that value alone.

    public Optional<String> potProblem() {
        return Objection.to(pot.get(), Validate::existingPotName);
    }

    public Optional<String> tagProblem() {
        return Objection.to(tag.get(), Validate::tag);
    }

    public Optional<String> urlProblem() {
        return Objection.to(url.get(), u -> new ImportCommand("image", "1", u, Optional.empty(), false));
    }

    public Optional<String> publicKeyProblem() {
        return Objection.to(publicKey.get(), k -> Validate.absolutePath(k, "The public key"));
    }

    private ImportCommand command() {
        if (pot.get().isBlank() || tag.get().isBlank()) {
            throw new IllegalArgumentException("Name the image: its pot and tag, as in <pot>_<tag>.xz");
        }
        if (!push.get() && onThisWorkstation() && !host.service().hostLabel().equals("local")) {
            throw new IllegalArgumentException("The registry is a folder on this workstation, which "
                    + host.name() + " cannot fetch from: push the files into the host's cache"
                    + (canPush() ? "" : " (this host offers no file transfer)")
                    + ", or publish the image to a registry the host can reach");
        }
        if (push.get()
                && sourceEntry.isPresent()
                && !sourceEntry
                        .get()
                        .name()
                        .equals(new ImageName(pot.get().strip(), tag.get().strip()))) {
            throw new IllegalArgumentException(
                    "Pushing copies " + sourceEntry.get().name().xzFile()
                            + ": keep its pot and tag, or let pot fetch another image from the URL");
        }
        return new ImportCommand(
                pot.get().strip(),
                tag.get().strip(),
                url.get().strip(),
                publicKey.get().isBlank()
                        ? Optional.empty()
                        : Optional.of(publicKey.get().strip()),
                false);
    }

    // The form's fields, for the view to bind.

    public StringProperty potProperty() {
        return pot;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty publicKeyProperty() {
        return publicKey;
    }

    public BooleanProperty pushProperty() {
        return push;
    }
}
