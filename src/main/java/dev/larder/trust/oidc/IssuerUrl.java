package dev.larder.trust.oidc;

import dev.larder.config.ConfigException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules for URLs Larder fetches keys from: https, or plain http on a loopback address only
 * (the development issuer and tests), never with credentials, a query or a fragment.
 */
final class IssuerUrl {
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    private IssuerUrl() {
    }

    /** Checks an issuer URL from the configuration; the message says what is wrong with it. */
    static void requireAllowed(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new ConfigException("the issuer URL '" + url + "' is not a valid URL: " + e.getReason());
        }
        if (!isAllowed(uri)) {
            throw new ConfigException("the issuer URL '" + url + "' must be an https:// URL without user,"
                    + " query or fragment (http:// is allowed only for 127.0.0.1, [::1] or localhost)");
        }
    }

    static boolean isAllowed(URI uri) {
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("https") || (scheme.equals("http") && isLoopback(uri.getHost()));
    }

    /** Literal loopback names only: resolving a name here would let DNS decide what is local. */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("[::1]") || h.equals("[0:0:0:0:0:0:0:1]")
                || IPV4_LOOPBACK.matcher(h).matches();
    }

    /** Where OpenID Connect Discovery 1.0 puts the configuration of the issuer {@code url}. */
    static URI discoveryDocument(String url) {
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        return URI.create(base + "/.well-known/openid-configuration");
    }
}
