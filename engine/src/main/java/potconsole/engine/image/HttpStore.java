package potconsole.engine.image;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import potconsole.engine.exec.HostFiles;

/**
 * An image registry served over HTTP(S) with a directory listing (nginx or Apache autoindex): what
 * {@code pot import -U http://…} fetches from. The listing gives the file names; sizes come from {@code HEAD} for
 * the images (autoindex may round them). Read-only.
 */
public final class HttpStore implements RegistryStore {
    private static final Pattern HREF = Pattern.compile("href=\"([^\"?#]+)\"", Pattern.CASE_INSENSITIVE);
    private final HttpClient client;
    private final Duration timeout;
    private final URI base;

    public HttpStore(URI registry, HttpClient client, Duration timeout) {
        this.base = registry.toString().endsWith("/") ? registry : URI.create(registry + "/");
        this.client = client;
        this.timeout = timeout;
    }

    public static HttpStore of(URI registry) {
        Duration timeout = Duration.ofSeconds(15);
        return new HttpStore(
                registry,
                HttpClient.newBuilder()
                        .connectTimeout(timeout)
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build(),
                timeout);
    }

    @Override
    public String location() {
        return base.toString();
    }

    @Override
    public String urlForHosts() {
        String url = base.toString();
        return url.substring(0, url.length() - 1);
    }

    /** The files of the listing; images get their exact size from HEAD, companions are not asked (-1). */
    @Override
    public List<HostFiles.Entry> files() throws IOException, InterruptedException {
        String listing = new String(get(base).readAllBytes(), StandardCharsets.UTF_8);
        Set<String> names = new LinkedHashSet<>();
        Matcher m = HREF.matcher(listing);
        while (m.find()) {
            String href = URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
            if (!href.endsWith("/")) {
                names.add(href.substring(href.lastIndexOf('/') + 1));
            }
        }
        List<HostFiles.Entry> files = new ArrayList<>();
        for (String name : names) {
            boolean image = ImageName.ofFileName(name).isPresent();
            files.add(new HostFiles.Entry(name, image ? size(base.resolve(name)) : -1));
        }
        return files;
    }

    @Override
    public InputStream open(String fileName) throws IOException, InterruptedException {
        return get(base.resolve(fileName));
    }

    @Override
    public Optional<HostFiles> writableFiles() {
        return Optional.empty();
    }

    @Override
    public String pathOf(String fileName) {
        return base.resolve(fileName).toString();
    }

    /** The size of one file of the registry, as HEAD reports it; empty when it cannot be asked. */
    public OptionalLong sizeOf(String fileName) throws InterruptedException {
        try {
            long size = size(base.resolve(fileName));
            return size < 0 ? OptionalLong.empty() : OptionalLong.of(size);
        } catch (IOException unreachable) {
            return OptionalLong.empty();
        }
    }

    private InputStream get(URI uri) throws IOException, InterruptedException {
        return send(
                        HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
                        HttpResponse.BodyHandlers.ofInputStream())
                .body();
    }

    private long size(URI uri) throws IOException, InterruptedException {
        HttpResponse<Void> response = send(
                HttpRequest.newBuilder(uri)
                        .timeout(timeout)
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return response.headers().firstValueAsLong("content-length").orElse(-1);
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpResponse<T> response;
        try {
            response = client.send(request, handler);
        } catch (ConnectException e) {
            throw new IOException(
                    "The registry " + request.uri().getHost() + " cannot be reached: connection refused", e);
        } catch (HttpTimeoutException e) {
            throw new IOException("The registry " + request.uri().getHost() + " did not answer in time", e);
        }
        if (response.statusCode() != 200) {
            if (response.body() instanceof InputStream in) {
                in.close();
            }
            throw new IOException("The registry answered " + response.statusCode() + " for " + request.uri());
        }
        return response;
    }
}
