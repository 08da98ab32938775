package dev.larder.trust;

import java.util.Arrays;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A web form can only send text, while a generic OIDC publisher's rules are a JSON object and its
 * immutable id claims a list. Text fields become those structures here; text that is not JSON is
 * left as it is, so the form's validation says what is wrong with it.
 */
final class OidcRuleText {
    private OidcRuleText() {}

    static void structure(Map<String, Object> fields) {
        if (fields.get("rules") instanceof String text && !text.isBlank()) {
            try {
                fields.put("rules", JsonMapper.shared().readValue(text, Object.class));
            } catch (JacksonException e) {
                // Left as text: "Rules are an object from claim names to values, not a string."
            }
        }
        if (fields.get("immutable_id_claims") instanceof String text) {
            fields.put("immutable_id_claims", Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList());
        }
    }
}
