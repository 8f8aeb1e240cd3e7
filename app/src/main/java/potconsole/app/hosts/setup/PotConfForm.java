package potconsole.app.hosts.setup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import potconsole.engine.setup.PotConf;

/**
 * The pot.conf form: one property per setting, and what pot would refuse in each, recomputed as typed (shown under
 * the field).
 */
public final class PotConfForm {
    private final Map<String, StringProperty> fields = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<Map<String, String>> problems = new ReadOnlyObjectWrapper<>(Map.of());

    public PotConfForm() {
        for (String key : PotConf.KEYS) {
            StringProperty p = new SimpleStringProperty("");
            p.addListener((o, a, b) -> check());
            fields.put(key, p);
        }
    }

    /** The keys in the form's order. */
    public List<String> keys() {
        return PotConf.KEYS;
    }

    public StringProperty field(String key) {
        StringProperty p = fields.get(key);
        if (p == null) {
            throw new IllegalArgumentException(key + " is not in the form");
        }
        return p;
    }

    /** What each setting is for (pot-spec §1.2), shown next to the field. */
    public static String hint(String key) {
        return switch (key) {
            case "POT_ZFS_ROOT" -> "Dataset that holds everything pot owns";
            case "POT_FS_ROOT" -> "Its mountpoint: bases, jails, fscomps live below";
            case "POT_EXTIF" -> "External network interface (NAT and port redirects)";
            case "POT_NETWORK" -> "Internal network of bridge pots (CIDR)";
            case "POT_NETMASK" -> "Netmask of that network";
            case "POT_GATEWAY" -> "Address of the public bridge";
            case "POT_CACHE" -> "Where base.txz and images are downloaded";
            default -> "";
        };
    }

    public void load(PotConf conf) {
        conf.values().forEach((k, v) -> fields.get(k).set(v));
    }

    public PotConf value() {
        return new PotConf(
                text("POT_ZFS_ROOT"),
                text("POT_FS_ROOT"),
                text("POT_EXTIF"),
                text("POT_NETWORK"),
                text("POT_NETMASK"),
                text("POT_GATEWAY"),
                text("POT_CACHE"));
    }

    public ReadOnlyObjectProperty<Map<String, String>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    private String text(String key) {
        return fields.get(key).get().strip();
    }

    private void check() {
        problems.set(value().problems());
    }
}
