package potconsole.app.doctor;

import atlantafx.base.theme.Styles;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import potconsole.engine.doctor.HostFacts;
import potconsole.engine.doctor.HostHealth;
import potconsole.engine.model.PotState;

/** A host at a glance: versions, space, pots by state, load and uptime, rctl, pf, signature pinning. */
final class HealthCard extends GridPane {
    HealthCard(ObservableValue<Optional<HostHealth>> health) {
        setId("doctor-health");
        setHgap(12);
        setVgap(4);
        setPadding(new Insets(8));
        getStyleClass().add("health-card");
        health.addListener((o, was, now) -> draw(now));
        draw(health.getValue());
    }

    private void draw(Optional<HostHealth> h) {
        getChildren().clear();
        if (h.isEmpty()) {
            addRow(0, new Label("Host health appears once the host has been read."));
            return;
        }
        HostHealth x = h.get();
        int r = 0;
        row(r++, "FreeBSD", x.osVersion().orElse("unknown"));
        row(r++, "pot", x.potVersion().orElse("unknown"));
        row(r++, "pot datasets", x.potRoot().map(HealthCard::space).orElse("unknown"));
        row(r++, "image cache", x.cache().map(HealthCard::space).orElse("unknown"));
        row(
                r++,
                "pots",
                x.count(PotState.RUNNING) + " running, " + x.count(PotState.STOPPED) + " stopped, "
                        + x.count(PotState.WEDGED) + " wedged, " + x.count(PotState.DOA) + " doa");
        row(
                r++,
                "load, uptime",
                x.loadAverage().orElse("?") + " · up "
                        + x.uptime().map(HealthCard::days).orElse("?"));
        row(
                r++,
                "rctl (racct)",
                x.racct()
                        .map(on -> on ? "on" : "off: kern.racct.enable=1 in /boot/loader.conf")
                        .orElse("unknown"));
        row(r++, "pf", x.pf().map(on -> on ? "enabled" : "disabled").orElse("not readable by this account"));
        row(r, "image signatures", x.signaturePinned() ? "pinned (POT_DEFAULT_SIGNATURE_PUBKEY)" : "not pinned");
    }

    private void row(int r, String label, String value) {
        Label l = new Label(label);
        l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Label v = new Label(value);
        v.getStyleClass().add(Styles.TEXT_SMALL);
        v.setWrapText(true);
        addRow(r, l, v);
    }

    static String space(HostFacts.Dataset d) {
        return String.format(
                Locale.ROOT,
                "%s: %d %% used, %.1f GiB free",
                d.name(),
                d.percentUsed(),
                d.available() / (double) (1L << 30));
    }

    private static String days(Duration d) {
        return d.toDays() + " d " + d.toHoursPart() + " h";
    }
}
