package dev.larder.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen for page tests: it keeps cookies, does not follow redirects (tests
 * assert them), and sends forms as a browser does, with the CSRF token of the last page it read.
 */
public final class WebClient {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf_token\" value=\"([^\"]*)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String lastCsrf;

    public WebClient(String baseUrl) {
        this.base = baseUrl;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        Matcher m = CSRF.matcher(r.body());
        if (m.find()) {
            lastCsrf = m.group(1);
        }
        return r;
    }

    /** Sends the form with the CSRF token of the last page read, like a browser submitting it. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        if (lastCsrf != null) {
            all.put("csrf_token", lastCsrf);
        }
        all.putAll(fields);
        return postRaw(path, all, Map.of("Origin", base, "Sec-Fetch-Site", "same-origin"));
    }

    /** Sends exactly these fields and headers: for tests of forged or stale forms. */
    public HttpResponse<String> postRaw(String path, Map<String, String> fields, Map<String, String> headers) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        HttpResponse<String> r = send(b);
        Matcher m = CSRF.matcher(r.body());
        if (m.find()) {
            lastCsrf = m.group(1);
        }
        return r;
    }

    /** Signs in through the sign-in form (for a user without a second factor). */
    public WebClient signIn(String user, String password) {
        get("/account/login/");
        HttpResponse<String> r = post("/account/login/", Map.of("username", user, "password", password));
        if (r.statusCode() != 303) {
            throw new IllegalStateException("sign-in failed with " + r.statusCode() + ": " + r.body());
        }
        return this;
    }

    public String csrfToken() {
        return lastCsrf;
    }

    public CookieManager cookies() {
        return cookies;
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
