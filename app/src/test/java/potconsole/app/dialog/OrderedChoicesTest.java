package potconsole.app.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrderedChoicesTest {
    private final OrderedChoices choices = new OrderedChoices();

    @Test
    void movesOnePlaceAtATimeAndStaysInsideTheList() {
        choices.setAll(List.of("a", "b", "c"));

        assertThat(choices.move(2, -1)).isEqualTo(1);
        assertThat(choices.items()).containsExactly("a", "c", "b");
        assertThat(choices.move(0, -1)).isZero();
        assertThat(choices.move(2, 1)).isEqualTo(2);
        assertThat(choices.move(-1, 1)).isEqualTo(-1);
        assertThat(choices.items()).containsExactly("a", "c", "b");
    }

    @Test
    void addsAtTheEndAndRemovesOnlyWhatIsThere() {
        choices.add("dns");
        choices.add("nginx");
        choices.remove(5);
        choices.remove(-1);
        assertThat(choices.items()).containsExactly("dns", "nginx");
        choices.remove(0);
        assertThat(choices.items()).containsExactly("nginx");
        assertThat(choices.contains("nginx")).isTrue();
    }

    @Test
    void viewsCannotChangeTheItemsBehindItsBack() {
        choices.add("dns");
        assertThatThrownBy(() -> choices.items().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
