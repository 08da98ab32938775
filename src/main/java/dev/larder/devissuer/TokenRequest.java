package dev.larder.devissuer;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a token request asks for: the audience and claim overrides, from the query string
 * ({@code audience=X&claim.environment=staging&omit=jti}) or a JSON body
 * ({@code {"audience": "X", "claims": {"environment": "staging", "jti": null}}}).
 */
record TokenRequest(Optional<String> audience, Map<String, Object> overrides) {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Claims that are numbers in a real token; a query string can only say text, so these are parsed. */
    private static final Set<String> NUMERIC = Set.of("iat", "nbf", "exp");

    static TokenRequest fromQuery(String rawQuery) {
        Optional<String> audience = Optional.empty();
        Map<String, Object> overrides = new LinkedHashMap<>();
        for (String pair : rawQuery == null ? new String[0] : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (name.equals("audience")) {
                audience = Optional.of(value);
            } else if (name.equals("omit")) {
                overrides.put(value, null);
            } else if (name.startsWith("claim.")) {
                String claim = name.substring("claim.".length());
                overrides.put(claim, NUMERIC.contains(claim) ? number(value) : value);
            }
        }
        return new TokenRequest(audience, overrides);
    }

    /** @throws IllegalArgumentException if the body is not such a JSON object */
    static TokenRequest fromJson(byte[] body) {
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the body is not JSON");
        }
        if (request == null || !request.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object with 'audience' and 'claims'");
        }
        JsonNode audience = request.path("audience");
        JsonNode claims = request.path("claims");
        if (!claims.isMissingNode() && !claims.isObject()) {
            throw new IllegalArgumentException("'claims' must be a JSON object");
        }
        Map<String, Object> overrides = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> claim : claims.properties()) {
            overrides.put(claim.getKey(), claim.getValue().isNull() ? null : JSON.treeToValue(claim.getValue(), Object.class));
        }
        return new TokenRequest(audience.isString() ? Optional.of(audience.stringValue()) : Optional.empty(), overrides);
    }

    private static Object number(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
