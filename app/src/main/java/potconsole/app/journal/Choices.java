package potconsole.app.journal;

import javafx.util.StringConverter;

/** How the journal's filter choices read: the empty "no filter" value under a name of its own. */
final class Choices {
    private Choices() {}

    static StringConverter<String> allAs(String label) {
        return new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.equals(JournalViewModel.ALL) ? label : value;
            }

            @Override
            public String fromString(String text) {
                return text == null || text.equals(label) ? JournalViewModel.ALL : text;
            }
        };
    }
}
