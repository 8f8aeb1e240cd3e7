package potconsole.engine.image;

import java.math.BigInteger;
import java.util.Comparator;

/** Orders tags as {@code sort -V} does for pot's export tag check: digit runs numerically, the rest as text. */
public final class VersionOrder implements Comparator<String> {
    public static final VersionOrder INSTANCE = new VersionOrder();
    private static final String RUNS = "(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)";

    private VersionOrder() {}

    @Override
    public int compare(String a, String b) {
        String[] x = a.split(RUNS);
        String[] y = b.split(RUNS);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean numbers = x[i].matches("\\d+") && y[i].matches("\\d+");
            int r = numbers ? new BigInteger(x[i]).compareTo(new BigInteger(y[i])) : x[i].compareTo(y[i]);
            if (r != 0) {
                return r;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
