package dev.larder.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A tiny reverse proxy in front of a (plain HTTP) Larder, for read-side tests: it logs every
 * request a client makes (method, path, the Accept it sent, the status and Content-Type it got),
 * and can replace the Accept header of Simple API requests, to make pip or uv read the HTML form
 * of the pages, which they would never ask for on their own (both prefer JSON).
 */
public final class RecordingProxy implements AutoCloseable {
    private static final Set<String> FORWARDED_REQUEST_HEADERS = Set.of(
            "accept", "range", "if-none-match", "if-modified-since", "user-agent", "cache-control");
    private static final Set<String> DROPPED_RESPONSE_HEADERS = Set.of(
            "content-length", "transfer-encoding", "connection", "date", "keep-alive");

    private final String upstream;
    private final Optional<String> simpleAccept;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private final List<Exchange> log = new CopyOnWriteArrayList<>();

    /** What one request through the proxy was. {@code sentAccept} is what the client sent, before any override. */
    public record Exchange(String method, String path, String sentAccept, int status, String contentType) {
        public boolean isGetOf(String suffix) {
            return method.equals("GET") && path.endsWith(suffix) && status == 200;
        }
    }

    private RecordingProxy(String upstream, Optional<String> simpleAccept) throws IOException {
        this.upstream = upstream;
        this.simpleAccept = simpleAccept;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::forward);
        server.setExecutor(executor);
        server.start();
    }

    /** Passes requests through unchanged, logging them. */
    public static RecordingProxy passThrough(String upstreamBaseUrl) throws IOException {
        return new RecordingProxy(upstreamBaseUrl, Optional.empty());
    }

    /** Sends every {@code /simple/...} request upstream with this Accept header instead of the client's. */
    public static RecordingProxy forcingAccept(String upstreamBaseUrl, String accept) throws IOException {
        return new RecordingProxy(upstreamBaseUrl, Optional.of(accept));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String simpleUrl() {
        return baseUrl() + "/simple/";
    }

    public List<Exchange> log() {
        return List.copyOf(log);
    }

    public void clearLog() {
        log.clear();
    }

    private void forward(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            String pathAndQuery = ex.getRequestURI().getRawPath()
                    + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
            String sentAccept = ex.getRequestHeaders().getFirst("Accept");
            HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(upstream + pathAndQuery))
                    .timeout(Duration.ofMinutes(2))
                    .method(method, method.equals("GET") || method.equals("HEAD")
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofInputStream(ex::getRequestBody));
            ex.getRequestHeaders().forEach((name, values) -> {
                if (FORWARDED_REQUEST_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(v -> req.header(name, v));
                }
            });
            if (simpleAccept.isPresent() && ex.getRequestURI().getRawPath().startsWith("/simple/")) {
                req.setHeader("Accept", simpleAccept.get());
            }
            HttpResponse<InputStream> r;
            try {
                r = client.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ex.sendResponseHeaders(502, -1);
                return;
            }
            String contentType = r.headers().firstValue("Content-Type").orElse("");
            log.add(new Exchange(method, ex.getRequestURI().getRawPath(), sentAccept, r.statusCode(), contentType));
            r.headers().map().forEach((name, values) -> {
                if (!DROPPED_RESPONSE_HEADERS.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    ex.getResponseHeaders().put(name, values);
                }
            });
            long length = r.headers().firstValueAsLong("Content-Length").orElse(0);
            boolean noBody = method.equals("HEAD") || r.statusCode() == 304 || r.statusCode() == 204;
            if (noBody) {
                r.headers().firstValue("Content-Length").ifPresent(v -> ex.getResponseHeaders().set("Content-Length", v));
                ex.sendResponseHeaders(r.statusCode(), -1);
                r.body().close();
                return;
            }
            ex.sendResponseHeaders(r.statusCode(), length > 0 ? length : 0);
            try (InputStream in = r.body(); OutputStream out = ex.getResponseBody()) {
                in.transferTo(out);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
