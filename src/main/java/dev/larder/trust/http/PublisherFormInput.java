package dev.larder.trust.http;

import dev.larder.web.ui.Pages;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A publisher form's fields as the management facade takes them: the same names as the JSON API. */
final class PublisherFormInput {
    private PublisherFormInput() {}

    static Map<String, Object> of(Context ctx) {
        Map<String, Object> input = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : ctx.formParamMap().entrySet()) {
            if (!e.getKey().equals(Pages.CSRF_FIELD) && !e.getValue().isEmpty()) {
                input.put(e.getKey(), e.getValue().get(0));
            }
        }
        return input;
    }

    /** The typed values, to show again next to the form's error. */
    static Map<String, String> values(Map<String, Object> input) {
        Map<String, String> out = new LinkedHashMap<>();
        input.forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }

    /** Which form was sent: the issuer type of the issuer it names, or "" when it names none. */
    static String section(Map<String, Object> input, List<PublisherFormSection> sections) {
        Object issuer = input.get("issuer");
        return sections.stream().filter(s -> s.issuers().stream().anyMatch(i -> i.name().equals(issuer)))
                .map(PublisherFormSection::id).findFirst().orElse("");
    }
}
