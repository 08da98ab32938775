package dev.larder.packaging.metadata;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * PyPI's URL rule for {@code Home-Page}, {@code Download-URL} and {@code Project-URL}:
 * warehouse's {@code is_valid_uri(url, require_authority=False)}, which normalises the URL
 * with the {@code rfc3986} library and then validates it.
 *
 * <p>The outcome is more lenient than it looks, and this class reproduces it rather than a
 * stricter ideal: the scheme must be {@code http} or {@code https} (any case); the path and
 * query must not contain {@code [} or {@code ]} (everything else is percent-encoded by the
 * normaliser first); and a well-formed authority must not carry a port above 65535. An
 * authority that does not parse at all is dropped by the normaliser and so passes.
 */
final class MetadataUrl {

    private static final String HEX4 = "[0-9A-Fa-f]{1,4}";
    private static final String LS32 = "(?:" + HEX4 + ":" + HEX4 + "|(?:[0-9]{1,3}\\.){3}[0-9]{1,3})";
    /** RFC 3986 IPv6address, the nine alternatives, as rfc3986 spells them. */
    private static final Pattern IPV6 = Pattern.compile(String.join("|",
            "(?:" + HEX4 + ":){6}" + LS32,
            "::(?:" + HEX4 + ":){5}" + LS32,
            "(?:" + HEX4 + ")?::(?:" + HEX4 + ":){4}" + LS32,
            "(?:(?:" + HEX4 + ":)?" + HEX4 + ")?::(?:" + HEX4 + ":){3}" + LS32,
            "(?:(?:" + HEX4 + ":){0,2}" + HEX4 + ")?::(?:" + HEX4 + ":){2}" + LS32,
            "(?:(?:" + HEX4 + ":){0,3}" + HEX4 + ")?::" + HEX4 + ":" + LS32,
            "(?:(?:" + HEX4 + ":){0,4}" + HEX4 + ")?::" + LS32,
            "(?:(?:" + HEX4 + ":){0,5}" + HEX4 + ")?::" + HEX4,
            "(?:(?:" + HEX4 + ":){0,6}" + HEX4 + ")?::"));
    private static final int LONGEST_IPV6 = 45;

    private MetadataUrl() {
    }

    static boolean isValid(String url) {
        int schemeEnd = schemeEnd(url);
        if (schemeEnd < 0) {
            return false;
        }
        String scheme = url.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return false;
        }
        int pos = schemeEnd + 1;
        String authority = null;
        if (url.startsWith("//", pos)) {
            int end = indexOfAny(url, pos + 2, "\\/?#");
            authority = url.substring(pos + 2, end);
            pos = end;
        }
        int pathEnd = indexOfAny(url, pos, "?#");
        if (hasBracket(url.substring(pos, pathEnd))) {
            return false;
        }
        if (pathEnd < url.length() && url.charAt(pathEnd) == '?') {
            String query = url.substring(pathEnd + 1, indexOfAny(url, pathEnd + 1, "#"));
            if (hasBracket(query)) {
                return false;
            }
        }
        return authority == null || !hasOutOfRangePort(authority);
    }

    /** {@code [a-zA-Z][a-zA-Z0-9+.-]*:} at the start; the index of the colon, or -1. */
    private static int schemeEnd(String url) {
        if (url.isEmpty() || !isAsciiLetter(url.charAt(0))) {
            return -1;
        }
        int i = 1;
        while (i < url.length() && isSchemeCharacter(url.charAt(i))) {
            i++;
        }
        return i < url.length() && url.charAt(i) == ':' ? i : -1;
    }

    /**
     * Whether the authority parses as {@code [userinfo@]host[:port]} (Python's {@code $}
     * tolerating one trailing newline) with a port above 65535. A host that looks like IPv4
     * but has a part above 255 makes the authority unparsable instead.
     */
    private static boolean hasOutOfRangePort(String authority) {
        String text = authority.endsWith("\n") ? authority.substring(0, authority.length() - 1) : authority;
        int at = text.indexOf('@');
        if (at >= 0) {
            if (at == 0 || !isUserinfo(text.substring(0, at))) {
                return false;
            }
            text = text.substring(at + 1);
        }
        String host;
        String rest;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0 || !isIpLiteral(text.substring(1, close))) {
                return false;
            }
            host = text.substring(0, close + 1);
            rest = text.substring(close + 1);
        } else {
            int end = regNameEnd(text);
            host = text.substring(0, end);
            rest = text.substring(end);
        }
        if (rest.startsWith(":")) {
            rest = rest.substring(1);
        }
        if (rest.length() > 5 || !rest.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        if (isIpv4WithBadPart(host)) {
            return false;
        }
        return !rest.isEmpty() && Integer.parseInt(rest) > 65535;
    }

    private static boolean isUserinfo(String text) {
        return isPercentEncodedRun(text, "._~-!$&'()*+,;=:") && !text.isEmpty();
    }

    /** The end of the longest reg-name prefix: unreserved, sub-delims and %XX. */
    private static int regNameEnd(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                i += 3;
            } else if (isUnreserved(c) || "!$&'()*+,;=".indexOf(c) >= 0) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isIpLiteral(String inside) {
        if (inside.startsWith("v") || inside.startsWith("V")) {
            int dot = inside.indexOf('.');
            return dot > 1 && inside.substring(1, dot).chars().allMatch(c -> isHex((char) c))
                    && dot + 1 < inside.length()
                    && inside.substring(dot + 1).chars().allMatch(c -> isUnreserved((char) c) || "!$&'()*+,;=:".indexOf(c) >= 0);
        }
        int percent = inside.indexOf('%');
        String address = percent < 0 ? inside : inside.substring(0, percent);
        if (address.length() > LONGEST_IPV6 || !IPV6.matcher(address).matches()) {
            return false;
        }
        if (percent < 0) {
            return true;
        }
        String zone = inside.substring(percent + 1);
        return !zone.isEmpty() && isPercentEncodedRun(zone, "._~-");
    }

    private static boolean isPercentEncodedRun(String text, String extra) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || !isHex(text.charAt(i + 1)) || !isHex(text.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && extra.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv4WithBadPart(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        boolean bad = false;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return false;
            }
            bad |= Integer.parseInt(part) > 255;
        }
        return bad;
    }

    private static boolean hasBracket(String text) {
        return text.indexOf('[') >= 0 || text.indexOf(']') >= 0;
    }

    private static int indexOfAny(String text, int from, String chars) {
        for (int i = from; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    private static boolean isUnreserved(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '~' || c == '-';
    }

    private static boolean isSchemeCharacter(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
