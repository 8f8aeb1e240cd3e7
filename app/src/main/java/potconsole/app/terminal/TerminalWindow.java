package potconsole.app.terminal;

import com.techsenger.jeditermfx.ui.JediTermFxWidget;
import com.techsenger.jeditermfx.ui.settings.DefaultSettingsProvider;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import potconsole.app.theme.ToolWindow;
import potconsole.engine.exec.Tty;

/**
 * {@code pot term NAME} in a window of its own: JediTermFX (copy/paste, resizing) on the host's PTY. The view is the
 * terminal's pane; closing the window ends the widget and the session.
 */
public final class TerminalWindow extends BorderPane {
    private final JediTermFxWidget widget = new JediTermFxWidget(100, 30, new DefaultSettingsProvider());
    private final Tty tty;

    private TerminalWindow(String title, Tty tty) {
        this.tty = tty;
        widget.setTtyConnector(new TtyConnectorAdapter(tty, title));
        setCenter(widget.getPane());
        widget.start();
    }

    public static Stage open(Window owner, String title, Tty tty) {
        TerminalWindow view = new TerminalWindow(title, tty);
        Stage stage = ToolWindow.of(owner, title, view, 900, 560);
        stage.setOnHidden(e -> view.close());
        stage.show();
        view.widget.getPreferredFocusableNode().requestFocus();
        return stage;
    }

    private void close() {
        widget.close();
        tty.close();
    }
}
