package potconsole.app.theme;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * How a screen becomes a window of its own: owned by the console, styled like its owner, and placed through {@link
 * WindowPlacement} (cut to its screen, centred on its owner when it would not fit). The caller shows it.
 */
public final class ToolWindow {
    private ToolWindow() {}

    public static Stage of(Window owner, String title, Parent root, double width, double height) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        WindowPlacement.safetyNet(stage);
        return stage;
    }
}
