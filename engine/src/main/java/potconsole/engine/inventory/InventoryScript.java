package potconsole.engine.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import potconsole.engine.exec.ExecRequest;

/**
 * The inventory script ({@code inventory.sh} beside this class) with a fresh nonce in its frame marker. It is sent on
 * stdin to {@code /bin/sh -s}: one exec per host per refresh, whatever the number of pots.
 */
public final class InventoryScript {
    /** First line of the script; the sandbox recognises an inventory request by it. */
    public static final String HEADER = "# pot-console inventory v1";

    private static final Pattern MARKER = Pattern.compile("(?m)^M='(@@POTINV-[0-9a-f]+)'$");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TEMPLATE = load();

    private final String nonce;

    private InventoryScript(String nonce) {
        this.nonce = nonce;
    }

    public static InventoryScript create() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return new InventoryScript(HexFormat.of().formatHex(bytes));
    }

    /** The marker that starts every frame line of this run's payload. */
    public String marker() {
        return "@@POTINV-" + nonce;
    }

    public String text() {
        return TEMPLATE.replace("__NONCE__", nonce);
    }

    /** The text with a preamble (tests use it to put stand-ins for zfs and jls first on PATH). */
    public String text(String preamble) {
        String text = text();
        int firstNewline = text.indexOf('\n');
        return text.substring(0, firstNewline + 1) + preamble + "\n" + text.substring(firstNewline + 1);
    }

    public ExecRequest request() {
        return ExecRequest.script(text());
    }

    /** The marker of a script text, if it is an inventory script. */
    public static Optional<String> markerOf(String script) {
        if (!script.startsWith(HEADER)) {
            return Optional.empty();
        }
        Matcher m = MARKER.matcher(script);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String load() {
        try (InputStream in = InventoryScript.class.getResourceAsStream("inventory.sh")) {
            if (in == null) {
                throw new IllegalStateException("inventory.sh is missing from the engine module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
