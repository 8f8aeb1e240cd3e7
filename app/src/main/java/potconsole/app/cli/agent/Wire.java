package potconsole.app.cli.agent;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * potctl's agent protocol on its unix-domain socket. A client sends one request (magic, kind, cwd, whether it is on
 * a terminal, the environment that decides which files potctl uses, argv); the agent answers with frames: STARTED
 * once it has taken the run, then OUT/ERR chunks as the command writes them and EXIT with its code, or RUN_HERE when
 * the client should run it in its own process.
 */
public final class Wire {
    private Wire() {}

    /** "pot" and the protocol's version: a client and an agent of different versions do not talk. */
    public static final int MAGIC = 0x706f7401;

    public static final byte RUN = 1;
    public static final byte STATUS = 2;
    public static final byte STOP = 3;

    public static final byte STARTED = 'S';
    public static final byte OUT = 'O';
    public static final byte ERR = 'E';
    public static final byte EXIT = 'X';
    public static final byte RUN_HERE = 'H';

    /**
     * The variables that decide potctl's files (saved hosts, journal, keys), what it masks and which SSH agent it
     * asks: an agent serves only runs whose values are its own.
     */
    public static final String[] ENVIRONMENT = {
        "HOME",
        "XDG_CONFIG_HOME",
        "XDG_STATE_HOME",
        "XDG_DATA_HOME",
        "XDG_CACHE_HOME",
        "XDG_RUNTIME_DIR",
        "POTCONSOLE_SECRET_NAMES",
        "SSH_AUTH_SOCK"
    };

    /** A string of any length (DataOutputStream's writeUTF stops at 64 KiB). */
    public static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    public static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 24) {
            throw new IOException("potctl agent: malformed request");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
