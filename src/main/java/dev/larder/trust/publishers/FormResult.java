package dev.larder.trust.publishers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** What {@link PublisherForm} made of a registration: a normalised publisher, or field errors. */
public sealed interface FormResult permits FormResult.Valid, FormResult.Invalid {

    /** The input describes a publisher; {@code spec} holds the normalised values. */
    record Valid(PublisherSpec spec) implements FormResult {
        public Valid {
            Objects.requireNonNull(spec, "spec");
        }
    }

    /** The input has problems, each tied to a field, in the order of the fields. */
    record Invalid(List<FieldError> errors) implements FormResult {
        public Invalid {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("an invalid form needs at least one error");
            }
        }

        /** The messages grouped by field, e.g. for a JSON error body. */
        public Map<String, List<String>> messagesByField() {
            return errors.stream().collect(Collectors.groupingBy(FieldError::field, LinkedHashMap::new,
                    Collectors.mapping(FieldError::message, Collectors.toList())));
        }
    }
}
