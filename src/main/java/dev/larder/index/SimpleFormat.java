package dev.larder.index;

import dev.larder.web.http.AcceptHeader;
import java.util.List;
import java.util.Optional;

/**
 * The three media types of the Simple API and how a request picks one (PEP 691): {@code ?format=}
 * replaces the Accept header when it names one of them; otherwise the best Accept match wins, a
 * tie goes to {@code text/html}, and no match falls back to {@code text/html} (never 406).
 */
public enum SimpleFormat {
    HTML("text/html", "text/html; charset=UTF-8"),
    HTML_V1("application/vnd.pypi.simple.v1+html", "application/vnd.pypi.simple.v1+html"),
    JSON_V1("application/vnd.pypi.simple.v1+json", "application/vnd.pypi.simple.v1+json");

    private final String mediaType;
    private final String contentType;

    SimpleFormat(String mediaType, String contentType) {
        this.mediaType = mediaType;
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public boolean isJson() {
        return this == JSON_V1;
    }

    public static SimpleFormat choose(String formatParameter, String acceptHeader) {
        if (formatParameter != null) {
            // A '+' typed into the URL arrives as a space after query decoding.
            Optional<SimpleFormat> exact = byMediaType(formatParameter.trim().replace(' ', '+'));
            if (exact.isPresent()) {
                return exact.get();
            }
        }
        AcceptHeader accept = AcceptHeader.parse(acceptHeader);
        SimpleFormat best = HTML;
        double bestQ = 0;
        for (SimpleFormat f : values()) {
            double q = Math.max(accept.quality(f.mediaType), accept.quality(latest(f)));
            if (q > bestQ) {
                best = f;
                bestQ = q;
            }
        }
        return best;
    }

    private static Optional<SimpleFormat> byMediaType(String type) {
        for (SimpleFormat f : values()) {
            if (f.mediaType.equals(type) || latest(f).equals(type)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static String latest(SimpleFormat f) {
        return f == HTML ? "text/html" : f.mediaType.replace(".v1+", ".latest+");
    }

    static List<SimpleFormat> all() {
        return List.of(values());
    }
}
