package dev.larder.trust.publishers;

import dev.larder.trust.oidc.IssuerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The raw fields of one registration and the errors found in them so far.
 *
 * <p>Text fields are trimmed: pasted values often carry a stray space, and no valid value
 * starts or ends with one. A JSON {@code null} counts as absent. A value that is not a string
 * is an error, never an exception.
 */
final class FormInput {
    /** The routing key of the Management API body, which names the issuer, not a field. */
    static final String ISSUER_FIELD = "issuer";

    /** Names people (or pypi.org's forms) use for a field, and the field Larder means. */
    private static final Map<String, String> LIKELY_MEANT = Map.ofEntries(
            Map.entry("workflow_filename", "workflow"), Map.entry("workflow_name", "workflow"),
            Map.entry("repository_name", "repository"), Map.entry("repo", "repository"),
            Map.entry("repository_owner", "owner"), Map.entry("workflow_filepath", "ci_file_path"),
            Map.entry("ci_config_path", "ci_file_path"), Map.entry("sub", "subject"),
            Map.entry("refpattern", "ref_pattern"), Map.entry("ref", "ref_pattern"),
            Map.entry("reusableworkflow", "reusable_workflow"), Map.entry("project_name", "project"));

    private final Map<String, ?> input;
    private final List<FieldError> errors = new ArrayList<>();

    FormInput(Map<String, ?> input, IssuerType kind, List<String> fields) {
        this.input = input;
        for (String name : input.keySet()) {
            if (!fields.contains(name) && !name.equals(ISSUER_FIELD)) {
                String meant = LIKELY_MEANT.get(name.toLowerCase(java.util.Locale.ROOT));
                error(name, "A " + kind.displayName() + " publisher has no field " + QuotedValue.of(name)
                        + (meant != null && fields.contains(meant) ? "; did you mean " + QuotedValue.of(meant) + "?"
                                : "; its fields are " + String.join(", ", fields) + "."));
            }
        }
    }

    /** The trimmed text of a field that must be filled in, or {@code null} after recording {@code whenMissing}. */
    String required(String field, String whenMissing) {
        String value = optional(field);
        if (value.isEmpty() && !hasError(field)) {
            error(field, whenMissing);
            return null;
        }
        return hasError(field) ? null : value;
    }

    /** The trimmed text of an optional field, {@code ""} when absent, null, blank or not text (an error). */
    String optional(String field) {
        Object value = input.get(field);
        if (value == null) {
            return "";
        }
        if (!(value instanceof String s)) {
            error(field, "Enter text here, not " + describe(value) + ".");
            return "";
        }
        return s.strip();
    }

    /** The field's raw JSON value, for structured fields such as generic rules. */
    Object raw(String field) {
        return input.get(field);
    }

    void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    boolean hasError(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    /** Checks that {@code value} is at most {@code max} characters; false after recording an error. */
    boolean withinLength(String field, String value, int max, String what) {
        if (value.length() > max) {
            error(field, what + " can be at most " + max + " characters long.");
            return false;
        }
        return true;
    }

    FormResult result(Supplier<PublisherSpec> spec) {
        return errors.isEmpty() ? new FormResult.Valid(spec.get()) : new FormResult.Invalid(errors);
    }

    static String describe(Object value) {
        if (value instanceof String) {
            return "a string";
        } else if (value instanceof Boolean) {
            return "true or false";
        } else if (value instanceof Number) {
            return "a number";
        } else if (value instanceof List) {
            return "a list";
        } else if (value instanceof Map) {
            return "an object";
        }
        return "a " + value.getClass().getSimpleName();
    }

    static boolean hasControlCharacter(String value) {
        return value.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }

    static boolean endsWithYaml(String value) {
        return value.endsWith(".yml") || value.endsWith(".yaml");
    }

    /** Whether the file name (after the last {@code /}) has a name before its YAML extension. */
    static boolean hasYamlStem(String value) {
        String name = value.substring(value.lastIndexOf('/') + 1);
        return endsWithYaml(name) && !name.equals(".yml") && !name.equals(".yaml");
    }

    static Set<String> forbiddenIn(String value, String characters) {
        Set<String> found = new java.util.LinkedHashSet<>();
        for (char c : characters.toCharArray()) {
            if (value.indexOf(c) >= 0) {
                found.add(String.valueOf(c));
            }
        }
        return found;
    }
}
