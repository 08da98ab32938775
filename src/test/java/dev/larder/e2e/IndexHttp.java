package dev.larder.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the tests themselves read from an index, with the JDK's HTTP client: Simple API pages in
 * either form, and files. (The clients under test are the Python ones; this only checks results.)
 */
public final class IndexHttp {
    public static final String SIMPLE_JSON = "application/vnd.pypi.simple.v1+json";
    public static final String SIMPLE_HTML = "application/vnd.pypi.simple.v1+html";
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern ANCHOR = Pattern.compile("<a\\s+href=\"([^\"]*)\"([^>]*)>([^<]*)</a>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");

    private final String baseUrl;
    private final HttpClient client;

    /** For {@code baseUrl} (no trailing slash); with a CA certificate for an HTTPS server. */
    public IndexHttp(String baseUrl, Optional<Path> caCertificate) {
        this.baseUrl = baseUrl;
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1);
        caCertificate.ifPresent(ca -> b.sslContext(trusting(ca)));
        this.client = b.build();
    }

    public IndexHttp(String baseUrl) {
        this(baseUrl, Optional.empty());
    }

    public HttpClient client() {
        return client;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** A GET of a path (or absolute URL) with an optional Accept header. */
    public HttpResponse<byte[]> get(String pathOrUrl, String accept) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl;
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (accept != null) {
            req.header("Accept", accept);
        }
        try {
            return client.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The project's PEP 691 JSON page, or empty on 404. */
    public Optional<JsonNode> projectJson(String project) {
        HttpResponse<byte[]> r = get("/simple/" + project + "/", SIMPLE_JSON);
        if (r.statusCode() == 404) {
            return Optional.empty();
        }
        if (r.statusCode() != 200) {
            throw new AssertionError("GET /simple/" + project + "/ answered " + r.statusCode() + ": " + text(r));
        }
        return Optional.of(JSON.readTree(r.body()));
    }

    /** The file entries of the project's JSON page (none when the project does not exist). */
    public List<JsonNode> files(String project) {
        List<JsonNode> files = new ArrayList<>();
        projectJson(project).ifPresent(page -> page.get("files").forEach(files::add));
        return files;
    }

    /** The file entry named {@code filename} on the project's JSON page. */
    public Optional<JsonNode> file(String project, String filename) {
        return files(project).stream().filter(f -> f.get("filename").asString().equals(filename)).findFirst();
    }

    /** The anchors of the project's PEP 503 HTML page. */
    public List<Anchor> anchors(String project) {
        HttpResponse<byte[]> r = get("/simple/" + project + "/", "text/html");
        if (r.statusCode() != 200) {
            throw new AssertionError("GET /simple/" + project + "/ answered " + r.statusCode() + ": " + text(r));
        }
        List<Anchor> anchors = new ArrayList<>();
        Matcher m = ANCHOR.matcher(text(r));
        while (m.find()) {
            java.util.Map<String, String> attributes = new java.util.LinkedHashMap<>();
            Matcher a = ATTRIBUTE.matcher(m.group(2));
            while (a.find()) {
                attributes.put(a.group(1), unescape(a.group(2)));
            }
            anchors.add(new Anchor(unescape(m.group(1)), attributes, unescape(m.group(3))));
        }
        return anchors;
    }

    /** A file's bytes by its (root-relative or absolute) URL from a Simple page, without the fragment. */
    public HttpResponse<byte[]> download(String url) {
        int hash = url.indexOf('#');
        return get(hash < 0 ? url : url.substring(0, hash), null);
    }

    public static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }

    /** An SSL context that trusts exactly one CA certificate (the tests' throw-away CA). */
    public static SSLContext trusting(Path caPem) {
        try (InputStream in = Files.newInputStream(caPem)) {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            trust.setCertificateEntry("larder-test-ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (Exception e) {
            throw new IllegalStateException("cannot trust " + caPem, e);
        }
    }

    /** One {@code <a>} of a PEP 503 page: its href (with fragment), data attributes and text. */
    public record Anchor(String href, java.util.Map<String, String> attributes, String text) {
        public String filename() {
            String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
            return path.substring(path.lastIndexOf('/') + 1);
        }

        public Optional<String> sha256() {
            int i = href.indexOf("#sha256=");
            return i < 0 ? Optional.empty() : Optional.of(href.substring(i + "#sha256=".length()));
        }
    }
}
