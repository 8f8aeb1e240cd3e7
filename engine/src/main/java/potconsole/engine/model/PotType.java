package potconsole.engine.model;

import java.util.Locale;

/** pot's two file-system layouts ({@code pot.type}); only {@link #SINGLE} pots can become images. */
public enum PotType {
    SINGLE,
    MULTI;

    /** The value pot writes to {@code pot.type} and accepts with {@code -t}. */
    public String potValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A missing or empty {@code pot.type} is read as multi, as pot's {@code _get_pot_type} does. */
    public static PotType fromConf(String value) {
        return "single".equals(value) ? SINGLE : MULTI;
    }
}
