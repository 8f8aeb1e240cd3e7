package potconsole.app.flavours;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A change from the rows reaches the text view as the smallest edit: the caret and the other lines stay (#7). */
@ExtendWith(ApplicationExtension.class)
class FlavourTextViewTest {
    private TextArea area;

    @Start
    void start(Stage stage) {
        area = new TextArea();
        stage.setScene(new Scene(area, 400, 200));
        stage.show();
    }

    @Test
    void aRowChangeBelowTheCaretLeavesTheCaretAndTheTypedLineAlone(FxRobot robot) {
        String typed = "set-attribute -A persistent -V maybe";
        robot.interact(() -> {
            area.setText(typed + "\nset-rss -C 2\n");
            area.positionCaret(typed.length());
        });

        robot.interact(() -> FlavourEditorWindow.applyMinimalEdit(area, typed + "\nset-rss -C 4\n"));

        assertThat(area.getText()).isEqualTo(typed + "\nset-rss -C 4\n");
        assertThat(area.getCaretPosition()).isEqualTo(typed.length());
    }

    @Test
    void aChangeAboveTheCaretShiftsItWithTheText(FxRobot robot) {
        robot.interact(() -> {
            area.setText("set-rss -C 2\nset-cmd -c \"x\"\n");
            area.positionCaret("set-rss -C 2\nset-".length());
        });

        robot.interact(() -> FlavourEditorWindow.applyMinimalEdit(area, "set-rss -C 16\nset-cmd -c \"x\"\n"));

        assertThat(area.getText()).isEqualTo("set-rss -C 16\nset-cmd -c \"x\"\n");
        assertThat(area.getCaretPosition()).isEqualTo("set-rss -C 16\nset-".length());
    }
}
