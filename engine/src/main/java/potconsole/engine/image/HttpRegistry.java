package potconsole.engine.image;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image registry served over HTTP(S) with a directory listing (nginx or Apache autoindex): what
 * {@code pot import -U http://…} fetches from. The listing gives the file names; sizes come from {@code HEAD}
 * (autoindex may round them), origins from the small {@code .meta} files.
 */
public final class HttpRegistry {
    private static final Pattern HREF = Pattern.compile("href=\"([^\"?#]+)\"", Pattern.CASE_INSENSITIVE);
    private final HttpClient client;
    private final Duration timeout;

    public HttpRegistry(HttpClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    public static HttpRegistry withDefaults() {
        Duration timeout = Duration.ofSeconds(15);
        return new HttpRegistry(
                HttpClient.newBuilder()
                        .connectTimeout(timeout)
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build(),
                timeout);
    }

    public List<RegistryEntry> list(URI registry) throws IOException, InterruptedException {
        URI base = registry.toString().endsWith("/") ? registry : URI.create(registry + "/");
        String listing = get(base);
        Set<String> files = new LinkedHashSet<>();
        Matcher m = HREF.matcher(listing);
        while (m.find()) {
            String href = URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
            if (!href.endsWith("/")) {
                files.add(href.substring(href.lastIndexOf('/') + 1));
            }
        }
        List<RegistryEntry> entries = new ArrayList<>();
        for (String file : files) {
            Optional<ImageName> name = ImageName.ofFileName(file);
            if (name.isEmpty()) {
                continue;
            }
            ImageName image = name.get();
            boolean hasMeta = files.contains(image.metaFile());
            Optional<ImageMeta> meta = Optional.empty();
            if (hasMeta) {
                try {
                    meta = Optional.of(ImageMeta.parse(get(base.resolve(image.metaFile()))));
                } catch (IllegalArgumentException unreadable) {
                    // Listed without an origin; verifying the image says what is wrong with the file.
                }
            }
            entries.add(new RegistryEntry(
                    image,
                    size(base.resolve(image.xzFile())),
                    files.contains(image.skeinFile()),
                    hasMeta,
                    files.contains(image.signatureFile()),
                    meta));
        }
        entries.sort(DirectoryRegistry.ORDER);
        return entries;
    }

    /** The size of one file of the registry, as HEAD reports it; empty when it cannot be asked. */
    public java.util.OptionalLong sizeOf(URI file) throws InterruptedException {
        try {
            long size = size(file);
            return size < 0 ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(size);
        } catch (IOException unreachable) {
            return java.util.OptionalLong.empty();
        }
    }

    private String get(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = send(
                HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return response.body();
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
        } catch (java.net.ConnectException e) {
            throw new IOException(
                    "The registry " + request.uri().getHost() + " cannot be reached: connection refused", e);
        } catch (java.net.http.HttpTimeoutException e) {
            throw new IOException("The registry " + request.uri().getHost() + " did not answer in time", e);
        }
        if (response.statusCode() != 200) {
            throw new IOException("The registry answered " + response.statusCode() + " for " + request.uri());
        }
        return response;
    }
}
