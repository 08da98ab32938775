package dev.larder.trust.oidc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decodes a JWT's header or payload into plain, unmodifiable Java values. Duplicate member names are
 * refused: with them, two parsers could read two different claim sets out of one signed token.
 */
final class JsonValues {
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonValues() {
    }

    /** The members of a JSON object, or empty if the bytes are not exactly one JSON object. */
    static Optional<Map<String, Object>> object(byte[] json) {
        try {
            JsonNode node = STRICT.readTree(json);
            if (node == null || !node.isObject()) {
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> members = (Map<String, Object>) toJava(node);
            return Optional.of(members);
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static Object toJava(JsonNode node) {
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>(node.size());
            for (JsonNode item : node.values()) {
                items.add(toJava(item));
            }
            return Collections.unmodifiableList(items);
        }
        if (node.isObject()) {
            Map<String, Object> members = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                members.put(member.getKey(), toJava(member.getValue()));
            }
            return Collections.unmodifiableMap(members);
        }
        return null;
    }
}
