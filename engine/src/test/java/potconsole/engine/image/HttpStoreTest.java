package potconsole.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpStoreTest {
    /** What nginx's autoindex (exact sizes) prints for a registry directory. */
    private static final String NGINX_LISTING = """
            <html>
            <head><title>Index of /images/</title></head>
            <body>
            <h1>Index of /images/</h1><hr><pre><a href="../">../</a>
            <a href="web_1.10.xz">web_1.10.xz</a>                                        22-Nov-2026 19:57              888236
            <a href="web_1.10.xz.meta">web_1.10.xz.meta</a>                                   22-Nov-2026 19:57                   2
            <a href="web_1.10.xz.skein">web_1.10.xz.skein</a>                                  22-Nov-2026 19:57                 257
            <a href="web_1.9.xz">web_1.9.xz</a>                                         22-Nov-2026 19:50              800000
            <a href="x-web_3.0.xz">x-web_3.0.xz</a>                                       22-Nov-2026 23:52              900000
            <a href="x-web_3.0.xz.meta">x-web_3.0.xz.meta</a>                                  22-Nov-2026 23:52                  19
            <a href="x-web_3.0.xz.skein.sig">x-web_3.0.xz.skein.sig</a>                             22-Nov-2026 23:52                 150
            <a href="notes.txt">notes.txt</a>                                          22-Nov-2026 23:52                  10
            </pre><hr></body>
            </html>
            """;

    private static final Map<String, byte[]> FILES = Map.of(
            "web_1.10.xz", new byte[888236],
            "web_1.10.xz.meta", "-\n".getBytes(StandardCharsets.US_ASCII),
            "web_1.10.xz.skein", new byte[257],
            "web_1.9.xz", new byte[800000],
            "x-web_3.0.xz", new byte[900000],
            "x-web_3.0.xz.meta", "web:1.10@1795377456\n".getBytes(StandardCharsets.US_ASCII),
            "x-web_3.0.xz.skein.sig", new byte[150]);

    private HttpServer server;
    private URI base;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/images/", exchange -> {
            String name = exchange.getRequestURI().getPath().substring("/images/".length());
            byte[] body = name.isEmpty() ? NGINX_LISTING.getBytes(StandardCharsets.UTF_8) : FILES.get(name);
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
            exchange.sendResponseHeaders(200, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/images");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void listsAnAutoindexByPotAndVersionWithExactSizesAndOrigins() throws Exception {
        List<RegistryEntry> entries = new Registry(HttpStore.of(base)).list();

        assertThat(entries)
                .extracting(e -> e.name().xzFile())
                .containsExactly("web_1.9.xz", "web_1.10.xz", "x-web_3.0.xz");
        RegistryEntry web = entries.get(1);
        assertThat(web.xzBytes()).isEqualTo(888236);
        assertThat(web.importable()).isTrue();
        assertThat(web.meta()).contains(ImageMeta.NO_ORIGIN);
        RegistryEntry clone = entries.get(2);
        assertThat(clone.importable()).isFalse();
        assertThat(clone.hasSignature()).isTrue();
        assertThat(clone.meta().orElseThrow().origin().orElseThrow().image()).isEqualTo(new ImageName("web", "1.10"));
    }

    @Test
    void theSizeOfOneImageIsAskedWithHead() throws Exception {
        HttpStore registry = HttpStore.of(base);

        assertThat(registry.sizeOf("web_1.10.xz")).hasValue(888236);
        assertThat(registry.sizeOf("nosuch_1.0.xz")).isEmpty();
        assertThat(registry.urlForHosts()).isEqualTo(base.toString());
    }

    @Test
    void aMissingDirectoryAndAVanishedServerSaySo() throws Exception {
        assertThatThrownBy(() -> new Registry(HttpStore.of(URI.create(base + "/../nothing/"))).list())
                .hasMessageContaining("answered 404");
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertThatThrownBy(() -> new Registry(HttpStore.of(URI.create("http://127.0.0.1:" + closed + "/"))).list())
                .hasMessageContaining("cannot be reached");
    }
}
