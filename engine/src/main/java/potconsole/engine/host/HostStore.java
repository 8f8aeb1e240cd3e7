package potconsole.engine.host;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import potconsole.engine.command.InvalidArgumentException;
import potconsole.engine.exec.Privilege;
import potconsole.engine.io.PrivateFiles;

/**
 * Host profiles in {@code $XDG_CONFIG_HOME/pot-console/hosts.json} (default {@code ~/.config}). Every save writes a
 * new file beside the old one and moves it over, so a crash never leaves half a file.
 */
public final class HostStore {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path file;

    public HostStore(Path file) {
        this.file = file;
    }

    public static Path defaultFile() {
        return UserDirectories.config().resolve("hosts.json");
    }

    public Path file() {
        return file;
    }

    /** The JSON shape: plain nullable fields, stable across versions. */
    record Stored(
            String name,
            String address,
            Integer port,
            String user,
            String identity,
            String privilege,
            List<String> tags) {
        static Stored of(HostProfile p) {
            return new Stored(
                    p.name(),
                    p.address(),
                    p.port().orElse(null),
                    p.user().orElse(null),
                    p.identity().orElse(null),
                    p.privilege().name(),
                    p.tags());
        }

        HostProfile profile() {
            return new HostProfile(
                    name,
                    address,
                    Optional.ofNullable(port),
                    Optional.ofNullable(user),
                    Optional.ofNullable(identity),
                    privilege == null ? Privilege.NONE : Privilege.valueOf(privilege),
                    tags == null ? List.of() : tags);
        }
    }

    public List<HostProfile> load() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<Stored> stored = JSON.readValue(file.toFile(), new TypeReference<List<Stored>>() {});
            return stored.stream().map(Stored::profile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the host list " + file + ": " + e.getMessage(), e);
        }
    }

    public Optional<HostProfile> find(String name) {
        return load().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Adds a profile, or replaces the one of the same name. */
    public void put(HostProfile profile) {
        List<HostProfile> all = new ArrayList<>(
                load().stream().filter(p -> !p.name().equals(profile.name())).toList());
        all.add(profile);
        all.sort(Comparator.comparing(HostProfile::name));
        save(all);
    }

    public void remove(String name) {
        List<HostProfile> all = load();
        if (all.stream().noneMatch(p -> p.name().equals(name))) {
            throw new InvalidArgumentException("There is no saved host named '" + name + "'");
        }
        save(all.stream().filter(p -> !p.name().equals(name)).toList());
    }

    private void save(List<HostProfile> profiles) {
        try {
            PrivateFiles.replace(
                    file,
                    tmp -> JSON.writeValue(
                            tmp.toFile(), profiles.stream().map(Stored::of).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the host list " + file + ": " + e.getMessage(), e);
        }
    }
}
