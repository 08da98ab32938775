package dev.larder.trust.publishers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shorthands for form tests: build an input map, expect a spec or the errors of one field. */
final class FormAssertions {
    private FormAssertions() {}

    /** An input map from alternating names and values (values may be null or non-strings). */
    static Map<String, Object> input(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    static PublisherSpec valid(FormResult result) {
        assertThat(result).as("form result").isInstanceOf(FormResult.Valid.class);
        return ((FormResult.Valid) result).spec();
    }

    static Map<String, List<String>> errors(FormResult result) {
        assertThat(result).as("form result").isInstanceOf(FormResult.Invalid.class);
        return ((FormResult.Invalid) result).messagesByField();
    }
}
