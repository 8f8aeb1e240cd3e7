package potconsole.engine.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class RequiredToolTest {
    @Test
    void aMissingToolFailsTheTestAndNamesItWhenCiIsTrue() {
        assertThatThrownBy(
                        () -> RequiredTool.require(false, "signify-openbsd", "signify-openbsd", Map.of("CI", "true")))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("CI=true and a test needs signify-openbsd is not installed")
                .hasMessageContaining("apt-get install signify-openbsd");
    }

    @Test
    void elsewhereItSkipsSayingWhatToInstall() {
        assertThatThrownBy(() -> RequiredTool.require(false, "busybox", "busybox", Map.of()))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("busybox is not installed");
        assertThatCode(() -> RequiredTool.require(true, "sh", "dash", Map.of("CI", "true")))
                .doesNotThrowAnyException();
        assertThatCode(() -> RequiredTool.require("sh", "dash")).doesNotThrowAnyException();
    }
}
