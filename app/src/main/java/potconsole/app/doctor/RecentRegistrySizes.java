package potconsole.app.doctor;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import potconsole.engine.doctor.RegistrySizes;
import potconsole.engine.exec.Cancellation;
import potconsole.engine.exec.HostFiles;
import potconsole.engine.image.RecentRegistries;
import potconsole.engine.image.Registry;

/**
 * The image sizes of the registry the user opened last (the registry browser and import remember it), read in the
 * doctor's job so a cached image smaller than its registry copy is found. No registry remembered, or one that cannot be
 * read now (an HTTP registry offline): nothing compared — the other findings must not wait on a registry.
 */
public final class RecentRegistrySizes implements Function<Cancellation, RegistrySizes> {
    private final RecentRegistries recent;
    private final Function<String, Optional<HostFiles>> hostFiles;

    public RecentRegistrySizes(RecentRegistries recent, Function<String, Optional<HostFiles>> hostFiles) {
        this.recent = recent;
        this.hostFiles = hostFiles;
    }

    @Override
    public RegistrySizes apply(Cancellation cancellation) {
        List<String> remembered = recent.list();
        if (remembered.isEmpty()) {
            return RegistrySizes.none();
        }
        String where = remembered.get(0);
        try {
            return RegistrySizes.of(where, Registry.open(where, hostFiles).list());
        } catch (IOException | RuntimeException e) {
            return RegistrySizes.none();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RegistrySizes.none();
        }
    }
}
