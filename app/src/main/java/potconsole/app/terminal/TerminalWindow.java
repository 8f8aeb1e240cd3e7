package potconsole.app.terminal;

import com.techsenger.jeditermfx.ui.JediTermFxWidget;
import com.techsenger.jeditermfx.ui.settings.DefaultSettingsProvider;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import potconsole.engine.exec.Tty;

/** {@code pot term NAME} in a window of its own: JediTermFX (copy/paste, resizing) on the host's PTY. */
public final class TerminalWindow {
    private TerminalWindow() {}

    public static Stage open(Window owner, String title, Tty tty) {
        JediTermFxWidget widget = new JediTermFxWidget(100, 30, new DefaultSettingsProvider());
        widget.setTtyConnector(new TtyConnectorAdapter(tty, title));
        widget.start();
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        stage.setScene(new Scene(widget.getPane(), 900, 560));
        stage.setOnHidden(e -> {
            widget.close();
            tty.close();
        });
        stage.show();
        widget.getPreferredFocusableNode().requestFocus();
        return stage;
    }
}
