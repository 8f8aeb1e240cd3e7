package potconsole.app.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The geometry rules and the remembered-sizes file, without a screen. */
class WindowPlacementTest {
    private static final Rectangle2D SMALL = new Rectangle2D(0, 0, 1024, 700);
    private static final Rectangle2D LARGE = new Rectangle2D(0, 0, 1600, 1000);

    @TempDir
    Path dir;

    @Test
    void theMainWindowFitsA1024x700Screen() {
        Rectangle2D size = WindowGeometry.fitSize(1400, 860, SMALL);
        assertThat(size.getWidth()).isEqualTo(1000);
        assertThat(size.getHeight()).isEqualTo(676);
        Rectangle2D placed = WindowGeometry.centreInside(size.getWidth(), size.getHeight(), Optional.empty(), SMALL);
        assertThat(placed.getMinX()).isEqualTo(12);
        assertThat(placed.getMinY()).isEqualTo(12);
    }

    @Test
    void onALargeScreenTheWindowHasItsPreferredSize() {
        Rectangle2D size = WindowGeometry.fitSize(1400, 860, LARGE);
        assertThat(size.getWidth()).isEqualTo(1400);
        assertThat(size.getHeight()).isEqualTo(860);
    }

    @Test
    void aDialogIsCentredOnItsOwner() {
        Rectangle2D owner = new Rectangle2D(100, 70, 1400, 860);
        Rectangle2D r = WindowGeometry.centreInside(600, 400, Optional.of(owner), LARGE);
        assertThat(r).isEqualTo(new Rectangle2D(500, 300, 600, 400));
    }

    @Test
    void aDialogCentredOnATinyOwnerInTheCornerStaysOnTheScreen() {
        // The main window at 200x200 in the top-left corner, as GTK mapped it: centring a 720x650 dialog on it
        // would put the title bar above the screen.
        Rectangle2D owner = new Rectangle2D(0, 12, 200, 200);
        Rectangle2D r = WindowGeometry.centreInside(720, 650, Optional.of(owner), SMALL);
        assertThat(r.getMinX()).isGreaterThanOrEqualTo(0);
        assertThat(r.getMinY()).isGreaterThanOrEqualTo(0);
        assertThat(r.getMaxX()).isLessThanOrEqualTo(1024);
        assertThat(r.getMaxY()).isLessThanOrEqualTo(700);
        assertThat(r.getWidth()).isEqualTo(720);
    }

    @Test
    void aWindowBiggerThanTheScreenIsCutToIt() {
        Rectangle2D r = WindowGeometry.inside(new Rectangle2D(-50, -30, 1300, 900), SMALL);
        assertThat(r).isEqualTo(new Rectangle2D(0, 0, 1024, 700));
    }

    @Test
    void sizesAreRememberedInAPrivateFileWrittenWhole() throws Exception {
        Path file = dir.resolve("state/pot-console/windows.properties");
        PlacementFile p = new PlacementFile(file);
        p.put("journal", "10,20,900,500");
        p.save();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.exists(file.resolveSibling("windows.properties.part"))).isFalse();

        PlacementFile again = new PlacementFile(file);
        assertThat(again.rect("journal")).contains(new Rectangle2D(10, 20, 900, 500));
    }

    @Test
    void aDamagedOrSillyEntryIsIgnored() throws Exception {
        Path file = dir.resolve("windows.properties");
        Files.writeString(file, "main=not,a,rectangle,at-all\njournal=0,0,5,5\ncreate-pot=1,2,3\n");
        PlacementFile p = new PlacementFile(file);
        assertThat(p.rect("main")).isEmpty();
        assertThat(p.rect("journal")).isEmpty(); // too small to be a real window
        assertThat(p.rect("create-pot")).isEmpty();
    }
}
