package dev.larder.packaging.metadata;

import dev.larder.packaging.PythonCharacter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The upload form reduced to one value per core-metadata field, as warehouse's
 * {@code parse_form_metadata} does before packaging validates anything: an empty value counts
 * as absent, a single-use field sent twice (or duplicate project URL labels) is unreadable,
 * keywords are split at commas and project URLs at their first comma.
 */
final class RawMetadata {

    private final Map<CoreMetadataField, Object> values = new EnumMap<>(CoreMetadataField.class);

    private RawMetadata() {
    }

    /** Reads the form; unreadable fields are reported in {@code errors} under their form key. */
    static RawMetadata read(Map<String, List<String>> form, List<FieldError> errors) {
        RawMetadata raw = new RawMetadata();
        for (CoreMetadataField field : CoreMetadataField.values()) {
            List<String> sent = new ArrayList<>();
            String key = field.formKeys.get(0);
            for (String formKey : field.formKeys) {
                List<String> values = form.get(formKey);
                if (values != null && !values.isEmpty()) {
                    key = formKey;
                    for (String value : values) {
                        sent.add(value == null ? "" : value);
                    }
                }
            }
            if (sent.isEmpty() || sent.equals(List.of(""))) {
                continue;
            }
            Object value = interpret(field, sent);
            if (value == null) {
                errors.add(new FieldError(key, "'" + key + "' has invalid data"));
            } else {
                raw.values.put(field, value);
            }
        }
        return raw;
    }

    private static Object interpret(CoreMetadataField field, List<String> sent) {
        switch (field.kind) {
            case SINGLE:
                return sent.size() == 1 ? sent.get(0) : null;
            case MULTIPLE:
                return List.copyOf(sent);
            case KEYWORDS:
                return sent.size() == 1 ? splitKeywords(sent.get(0)) : null;
            default:
                return projectUrls(sent);
        }
    }

    private static List<String> splitKeywords(String value) {
        List<String> keywords = new ArrayList<>();
        for (String keyword : value.split(",", -1)) {
            keywords.add(PythonCharacter.strip(keyword));
        }
        return keywords;
    }

    /** {@code "Label, URL"} pairs by label; null when a label repeats. */
    private static Map<String, String> projectUrls(List<String> pairs) {
        Map<String, String> urls = new LinkedHashMap<>();
        for (String pair : pairs) {
            int comma = pair.indexOf(',');
            String label = PythonCharacter.strip(comma < 0 ? pair : pair.substring(0, comma));
            String url = comma < 0 ? "" : PythonCharacter.strip(pair.substring(comma + 1));
            if (urls.putIfAbsent(label, url) != null) {
                return null;
            }
        }
        return urls;
    }

    Set<CoreMetadataField> present() {
        return values.keySet();
    }

    String string(CoreMetadataField field) {
        return (String) values.get(field);
    }

    @SuppressWarnings("unchecked")
    List<String> list(CoreMetadataField field) {
        Object value = values.get(field);
        return value == null ? List.of() : (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    Map<String, String> projectUrls() {
        Object value = values.get(CoreMetadataField.PROJECT_URL);
        return value == null ? Map.of() : (Map<String, String>) value;
    }
}
