package potconsole.app.action;

import java.util.Optional;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** Every action of the console, declared once: label, icon and accelerator; menus, toolbar and palette use these. */
public enum ConsoleAction {
    REFRESH("Refresh", Feather.REFRESH_CW, "F5"),
    NEW_POT("New pot…", Feather.PLUS, "Shortcut+N"),
    START("Start", Feather.PLAY, "Shortcut+Shift+S"),
    STOP("Stop", Feather.SQUARE, "Shortcut+Shift+X"),
    RESTART("Restart", Feather.ROTATE_CW, "Shortcut+Shift+R"),
    SNAPSHOT("Take snapshot", Feather.CAMERA, "Shortcut+Shift+P"),
    REVERT("Revert to latest snapshot…", Feather.ROTATE_CCW, null),
    PURGE_SNAPSHOTS("Purge old snapshots…", Feather.SCISSORS, null),
    EXPORT("Export image…", Feather.PACKAGE, "Shortcut+Shift+E"),
    COPY_TO_HOST("Copy to host…", Feather.SEND, null),
    IMPORT("Import image…", Feather.DOWNLOAD, "Shortcut+Shift+I"),
    REGISTRY("Image registry…", Feather.ARCHIVE, "Shortcut+Shift+G"),
    FLAVOURS("Flavour editor…", Feather.LAYERS, "Shortcut+Shift+F"),
    BUILD_IMAGE("Build image…", Feather.BOX, null),
    NOMAD_JOB("Nomad job…", Feather.SHARE_2, "Shortcut+Shift+N"),
    CLONE("Clone…", Feather.COPY, "Shortcut+Shift+C"),
    RENAME("Rename…", Feather.EDIT_3, "F2"),
    DESTROY("Destroy…", Feather.TRASH_2, "Delete"),
    TERMINAL("Open terminal", Feather.MONITOR, "Shortcut+Shift+T"),
    TOP("Top (pot top)", Feather.CPU, null),
    EXEC("Run a command inside…", Feather.TERMINAL, "Shortcut+E"),
    SYSTEM_TERMINAL("Open in system terminal", Feather.EXTERNAL_LINK, "Shortcut+T"),
    PRUNE("Prune stopped prunable pots…", Feather.FILTER, null),
    ADD_HOST("Add host…", Feather.SERVER, "Shortcut+Shift+H"),
    EDIT_HOST("Edit host…", Feather.EDIT, null),
    TEST_HOST("Test connection", Feather.ACTIVITY, null),
    HOST_RESOURCES("Bases, fscomps, bridges, flavours…", Feather.DATABASE, "Shortcut+I"),
    SETUP_HOST("Set up pot on this host…", Feather.TOOL, null),
    DOCTOR("Doctor: what is wrong and why…", Feather.THERMOMETER, null),
    REMOVE_HOST("Remove host…", Feather.X_CIRCLE, null),
    FILTER("Filter pots", Feather.SEARCH, "Shortcut+F"),
    PALETTE("Command palette…", Feather.COMMAND, "Shortcut+K"),
    TASKS("Show tasks", Feather.LIST, "Shortcut+J"),
    JOURNAL("Journal", Feather.BOOK, "Shortcut+Shift+J"),
    TOGGLE_THEME("Toggle dark theme", Feather.MOON, "Shortcut+Shift+D"),
    QUIT("Quit", Feather.LOG_OUT, "Shortcut+Q");

    private final String label;
    private final Ikon icon;
    private final String accelerator;

    ConsoleAction(String label, Ikon icon, String accelerator) {
        this.label = label;
        this.icon = icon;
        this.accelerator = accelerator;
    }

    public String label() {
        return label;
    }

    public Ikon icon() {
        return icon;
    }

    public Optional<KeyCombination> accelerator() {
        return Optional.ofNullable(accelerator).map(KeyCombination::keyCombination);
    }

    /** The accelerator as the platform shows it, e.g. "Ctrl+Shift+S". */
    public String acceleratorText() {
        return accelerator().map(KeyCombination::getDisplayText).orElse("");
    }
}
