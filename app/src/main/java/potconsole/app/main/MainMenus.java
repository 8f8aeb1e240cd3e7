package potconsole.app.main;

import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import potconsole.app.action.ConsoleAction;

/** The main window's menus, built from the bound actions: the menu bar and the pot table's context menu. */
final class MainMenus {
    private MainMenus() {}

    static MenuBar menuBar(ActionBinder b) {
        Menu file = new Menu(
                "_Console",
                null,
                b.menuItem(ConsoleAction.ADD_HOST),
                b.menuItem(ConsoleAction.EDIT_HOST),
                b.menuItem(ConsoleAction.TEST_HOST),
                b.menuItem(ConsoleAction.HOST_RESOURCES),
                b.menuItem(ConsoleAction.SETUP_HOST),
                b.menuItem(ConsoleAction.DOCTOR),
                b.menuItem(ConsoleAction.REMOVE_HOST),
                new SeparatorMenuItem(),
                b.menuItem(ConsoleAction.QUIT));
        Menu pot = new Menu(
                "_Pot",
                null,
                b.menuItem(ConsoleAction.NEW_POT),
                b.menuItem(ConsoleAction.IMPORT),
                b.menuItem(ConsoleAction.REGISTRY),
                b.menuItem(ConsoleAction.FLAVOURS),
                b.menuItem(ConsoleAction.BUILD_IMAGE),
                new SeparatorMenuItem());
        pot.getItems().addAll(potItems(b));
        pot.getItems().addAll(new SeparatorMenuItem(), b.menuItem(ConsoleAction.PRUNE));
        Menu view = new Menu(
                "_View",
                null,
                b.menuItem(ConsoleAction.REFRESH),
                b.menuItem(ConsoleAction.FILTER),
                b.menuItem(ConsoleAction.PALETTE),
                new SeparatorMenuItem(),
                b.menuItem(ConsoleAction.TASKS),
                b.menuItem(ConsoleAction.JOURNAL),
                b.menuItem(ConsoleAction.TOGGLE_THEME));
        MenuBar bar = new MenuBar(file, pot, view);
        bar.setId("menu-bar");
        return bar;
    }

    static ContextMenu contextMenu(ActionBinder b) {
        ContextMenu menu = new ContextMenu();
        menu.getItems().addAll(potItems(b));
        return menu;
    }

    /** The actions on the selected pots, as the Pot menu and the table's context menu both list them. */
    private static List<MenuItem> potItems(ActionBinder b) {
        return List.of(
                b.menuItem(ConsoleAction.START),
                b.menuItem(ConsoleAction.STOP),
                b.menuItem(ConsoleAction.RESTART),
                new SeparatorMenuItem(),
                b.menuItem(ConsoleAction.SNAPSHOT),
                b.menuItem(ConsoleAction.REVERT),
                b.menuItem(ConsoleAction.PURGE_SNAPSHOTS),
                b.menuItem(ConsoleAction.EXPORT),
                b.menuItem(ConsoleAction.COPY_TO_HOST),
                b.menuItem(ConsoleAction.NOMAD_JOB),
                new SeparatorMenuItem(),
                b.menuItem(ConsoleAction.CLONE),
                b.menuItem(ConsoleAction.RENAME),
                b.menuItem(ConsoleAction.DESTROY),
                new SeparatorMenuItem(),
                b.menuItem(ConsoleAction.TERMINAL),
                b.menuItem(ConsoleAction.TOP),
                b.menuItem(ConsoleAction.SYSTEM_TERMINAL),
                b.menuItem(ConsoleAction.EXEC));
    }
}
