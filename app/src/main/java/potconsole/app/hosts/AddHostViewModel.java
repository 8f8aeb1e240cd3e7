package potconsole.app.hosts;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import potconsole.app.connect.Connections;
import potconsole.engine.exec.Privilege;
import potconsole.engine.host.HostProfile;

/**
 * The add/edit host form: the fields as typed, and the profile they make. A profile that cannot be made (a port that
 * is not a number, a name pot's rules refuse) leaves the form open with the reason in {@link #problemProperty}.
 */
public final class AddHostViewModel {
    private final Optional<HostProfile> initial;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty key = new SimpleStringProperty("");
    private final ObjectProperty<Privilege> privilege = new SimpleObjectProperty<>(Privilege.NONE);
    private final StringProperty tags = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    /** With a profile: edit it (saving under the same name replaces it). */
    public AddHostViewModel(Optional<HostProfile> initial) {
        this.initial = initial;
        initial.ifPresent(p -> {
            name.set(p.name());
            address.set(p.address());
            p.port().ifPresent(x -> port.set(String.valueOf(x)));
            p.user().ifPresent(user::set);
            p.identity().ifPresent(key::set);
            privilege.set(p.privilege());
            tags.set(String.join(", ", p.tags()));
        });
    }

    /** Editing keeps the name: it is the host's key. */
    public boolean editing() {
        return initial.isPresent();
    }

    public String title() {
        return editing() ? "Edit host" : "Add host";
    }

    public String header() {
        return initial.map(p -> "Edit " + p.name()).orElse("Add a FreeBSD host with pot (over SSH)");
    }

    public String okLabel() {
        return editing() ? "Save" : "Add";
    }

    /** The profile the form makes, or empty with the reason in {@link #problemProperty}. */
    public Optional<HostProfile> accept() {
        try {
            HostProfile p = profile();
            problem.set("");
            return Optional.of(p);
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return Optional.empty();
        }
    }

    /** The profile the form makes; throws with pot's or the form's reason when it cannot. */
    public HostProfile profile() {
        Optional<Integer> p = port();
        List<String> t = List.of(tags.get().split("[,\\s]+")).stream()
                .filter(s -> !s.isBlank())
                .toList();
        return new HostProfile(
                name.get().strip(),
                address.get().strip(),
                p,
                optional(user.get()),
                optional(key.get())
                        .map(k -> k.replaceFirst(
                                "^~",
                                Matcher.quoteReplacement(Connections.userHome().toString()))),
                privilege.get(),
                t);
    }

    // One field's verdict, for the mark on that field: the engine's HostProfile judges the field as typed beside
    // values it accepts, so the rules stay in one place. An empty field has no verdict until the form is submitted.

    public Optional<String> nameProblem() {
        return name.get().isBlank()
                ? Optional.empty()
                : verdict(() -> probe(name.get().strip(), "localhost", null));
    }

    public Optional<String> addressProblem() {
        return address.get().isBlank()
                ? Optional.empty()
                : verdict(() -> probe("probe", address.get().strip(), null));
    }

    public Optional<String> portProblem() {
        return verdict(() -> probe("probe", "localhost", port().orElse(null)));
    }

    private static HostProfile probe(String name, String address, Integer port) {
        return new HostProfile(
                name,
                address,
                Optional.ofNullable(port),
                Optional.empty(),
                Optional.empty(),
                Privilege.NONE,
                List.of());
    }

    private static Optional<String> verdict(Supplier<HostProfile> make) {
        try {
            make.get();
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private Optional<Integer> port() {
        try {
            return port.get().isBlank()
                    ? Optional.empty()
                    : Optional.of(Integer.parseInt(port.get().strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The port must be a number");
        }
    }

    private static Optional<String> optional(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    // The form's fields, for the view to bind.

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty keyProperty() {
        return key;
    }

    public ObjectProperty<Privilege> privilegeProperty() {
        return privilege;
    }

    public StringProperty tagsProperty() {
        return tags;
    }
}
