package dev.larder.storage.s3;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A bucket and key prefix, parsed from {@code s3://BUCKET/PREFIX?endpoint=URL&region=R&path-style=true}.
 * Every query parameter is optional: without {@code endpoint} the client talks to AWS itself,
 * without {@code region} it signs for {@code us-east-1}, and {@code path-style} (default false)
 * addresses the bucket in the path, as most S3-compatible servers want.
 *
 * @param prefix the key prefix without leading or trailing slashes; empty means the bucket's root
 */
public record S3Location(String bucket, String prefix, Optional<URI> endpoint, String region, boolean pathStyle) {
    public static final String DEFAULT_REGION = "us-east-1";
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9._-]{1,61}[a-z0-9]");
    private static final Pattern REGION = Pattern.compile("[a-z0-9-]+");
    private static final String SYNTAX = "s3://BUCKET/PREFIX?endpoint=URL&region=R&path-style=true";

    public static S3Location parse(String location) {
        if (!location.startsWith("s3://")) {
            throw bad(location, "it does not start with s3://");
        }
        String rest = location.substring("s3://".length());
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String prefix = slash < 0 ? "" : trimSlashes(rest.substring(slash + 1));
        if (bucket.isEmpty()) {
            throw bad(location, "the bucket name is missing");
        }
        if (!BUCKET.matcher(bucket).matches()) {
            throw bad(location, "'" + bucket + "' is not a valid bucket name (3-63 lowercase letters, digits, '.', '-' or '_')");
        }
        if (prefix.contains("//") || prefix.equals(".") || prefix.equals("..") || prefix.startsWith("../")
                || prefix.contains("/../") || prefix.endsWith("/..")) {
            throw bad(location, "the key prefix '" + prefix + "' has empty or relative parts");
        }
        Optional<URI> endpoint = Optional.empty();
        String region = DEFAULT_REGION;
        boolean pathStyle = false;
        if (!query.isEmpty()) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                switch (name) {
                    case "endpoint" -> endpoint = Optional.of(endpoint(location, value));
                    case "region" -> {
                        if (!REGION.matcher(value).matches()) {
                            throw bad(location, "region '" + value + "' is not a region name such as eu-west-1");
                        }
                        region = value;
                    }
                    case "path-style" -> pathStyle = switch (value.toLowerCase(Locale.ROOT)) {
                        case "true", "" -> true;
                        case "false" -> false;
                        default -> throw bad(location, "path-style must be true or false, not '" + value + "'");
                    };
                    default -> throw bad(location, "unknown parameter '" + name + "' (known: endpoint, region, path-style)");
                }
            }
        }
        return new S3Location(bucket, prefix, endpoint, region, pathStyle);
    }

    /** The object key a blob key is stored under. */
    public String objectKey(String blobKey) {
        return prefix.isEmpty() ? blobKey : prefix + "/" + blobKey;
    }

    @Override
    public String toString() {
        return "s3://" + bucket + (prefix.isEmpty() ? "" : "/" + prefix);
    }

    private static URI endpoint(String location, String value) {
        try {
            URI uri = URI.create(value);
            if (uri.getScheme() != null && (uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        throw bad(location, "endpoint '" + value + "' must be an http(s) URL such as http://127.0.0.1:9000");
    }

    private static String trimSlashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '/') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(start, end);
    }

    private static IllegalArgumentException bad(String location, String why) {
        return new IllegalArgumentException("bad storage location '" + location + "': " + why + "; expected " + SYNTAX);
    }
}
