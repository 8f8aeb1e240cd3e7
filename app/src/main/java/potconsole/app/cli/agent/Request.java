package potconsole.app.cli.agent;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a client asks of the agent: run argv as if in {@code cwd}, report its status, or stop. */
public record Request(byte kind, String cwd, boolean terminal, Map<String, String> environment, List<String> args) {
    public Request {
        environment = Map.copyOf(environment);
        args = List.copyOf(args);
    }

    /** A request from this process: its directory, terminal and the variables of {@link Wire#ENVIRONMENT}. */
    public static Request fromHere(byte kind, String[] args, boolean terminal, Map<String, String> env) {
        return new Request(kind, System.getProperty("user.dir"), terminal, relevant(env), List.of(args));
    }

    /** The variables of {@link Wire#ENVIRONMENT} that are set. */
    public static Map<String, String> relevant(Map<String, String> env) {
        Map<String, String> picked = new LinkedHashMap<>();
        for (String name : Wire.ENVIRONMENT) {
            String value = env.get(name);
            if (value != null) {
                picked.put(name, value);
            }
        }
        return picked;
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(Wire.MAGIC);
        out.writeByte(kind);
        Wire.writeString(out, cwd);
        out.writeBoolean(terminal);
        out.writeInt(environment.size());
        for (Map.Entry<String, String> e : environment.entrySet()) {
            Wire.writeString(out, e.getKey());
            Wire.writeString(out, e.getValue());
        }
        out.writeInt(args.size());
        for (String arg : args) {
            Wire.writeString(out, arg);
        }
        out.flush();
    }

    public static Request read(DataInputStream in) throws IOException {
        if (in.readInt() != Wire.MAGIC) {
            throw new IOException("potctl agent: not a request of this version");
        }
        byte kind = in.readByte();
        String cwd = Wire.readString(in);
        boolean terminal = in.readBoolean();
        Map<String, String> env = new LinkedHashMap<>();
        for (int n = count(in); n > 0; n--) {
            env.put(Wire.readString(in), Wire.readString(in));
        }
        List<String> args = new ArrayList<>();
        for (int n = count(in); n > 0; n--) {
            args.add(Wire.readString(in));
        }
        return new Request(kind, cwd, terminal, env, args);
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 100_000) {
            throw new IOException("potctl agent: malformed request");
        }
        return n;
    }
}
