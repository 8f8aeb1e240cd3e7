package potconsole.engine.testkit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * For the architecture tests of modules that import other modules' classes too: main classes only, whether the
 * reactor hands a module over as {@code target/classes} or as its jar, without test classes in either shape
 * ({@code target/test-classes}, the {@code -tests.jar} of a test-jar dependency).
 */
public final class MainClassesOnly implements ImportOption {
    @Override
    public boolean includes(Location location) {
        return !location.contains("/test-classes/") && !location.contains("-tests.jar");
    }
}
