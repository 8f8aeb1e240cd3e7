package potconsole.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs a read on one host, or on several at once: one connection per host, each on its own thread. Hosts that
 * could not be read are named with the reason on stderr; the exit code is 3 only when no host answered.
 */
final class Fanout {
    private Fanout() {}

    private record Answer<T>(String host, T value) {}

    static <T> int run(PotCtl root, CommandSpec spec, HostRead<T> read) {
        return run(root, spec.commandLine().getOut(), spec.commandLine().getErr(), read);
    }

    static <T> int run(PotCtl root, PrintWriter out, PrintWriter err, HostRead<T> read) {
        if (!root.severalHosts()) {
            T value = read.read(root.service());
            if (read.json()) {
                Json.print(out, read.toJson(value));
            } else {
                if (read.header() != null) {
                    out.println(read.header());
                }
                read.print(value, out, err);
            }
            return 0;
        }
        return several(root, root.hostNames(), out, err, read);
    }

    private static <T> int several(
            PotCtl root, List<String> hosts, PrintWriter out, PrintWriter err, HostRead<T> read) {
        Map<String, Future<T>> pending = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(hosts.size(), r -> {
            Thread t = new Thread(r, "potctl-host");
            t.setDaemon(true);
            return t;
        });
        try {
            for (String host : hosts) {
                pending.put(host, pool.submit(() -> readOne(root.on(host), read)));
            }
        } finally {
            pool.shutdown();
        }
        List<Answer<T>> answers = new ArrayList<>();
        int failure = 0;
        for (Map.Entry<String, Future<T>> e : pending.entrySet()) {
            try {
                answers.add(new Answer<>(e.getKey(), waitFor(e.getValue())));
            } catch (Exception x) {
                err.println("potctl: " + e.getKey() + ": " + Failures.message(x));
                int code = Failures.exitCode(x);
                failure = failure == 0 || failure == PotCtl.HOST_FAILED ? code : failure;
            }
        }
        if (!answers.isEmpty()) {
            render(answers, out, err, read);
        }
        // Unreachable hosts fail the run only when none answered; a refusal by pot on any host does.
        return answers.isEmpty() || failure != PotCtl.HOST_FAILED ? failure : 0;
    }

    private static <T> T readOne(PotCtl one, HostRead<T> read) {
        try {
            return read.read(one.service());
        } finally {
            one.closeRunner();
        }
    }

    private static <T> T waitFor(Future<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static <T> void render(List<Answer<T>> answers, PrintWriter out, PrintWriter err, HostRead<T> read) {
        if (read.json()) {
            ObjectMapper mapper = InventoryCmd.mapper();
            ArrayNode all = mapper.createArrayNode();
            for (Answer<T> a : answers) {
                JsonNode node = mapper.valueToTree(read.toJson(a.value()));
                if (node.isArray()) {
                    node.forEach(n -> all.add(withHost(mapper, a.host(), n)));
                } else {
                    all.add(withHost(mapper, a.host(), node));
                }
            }
            Json.print(out, all);
            return;
        }
        int width = Math.max(
                4, answers.stream().mapToInt(a -> a.host().length()).max().orElse(0));
        String column = "%-" + width + "s  ";
        if (read.header() != null) {
            out.println(column.formatted("HOST") + read.header());
        }
        for (Answer<T> a : answers) {
            String prefix = column.formatted(a.host());
            PrintWriter hostOut = LinePrefix.around(out, prefix);
            PrintWriter hostErr = LinePrefix.around(err, prefix);
            read.print(a.value(), hostOut, hostErr);
            hostOut.flush();
            hostErr.flush();
        }
    }

    /** The host's name as the first key of its object. */
    private static JsonNode withHost(ObjectMapper mapper, String host, JsonNode node) {
        ObjectNode o = mapper.createObjectNode().put("host", host);
        if (node.isObject()) {
            o.setAll((ObjectNode) node);
        } else {
            o.set("value", node);
        }
        return o;
    }
}
