package dev.larder.upload;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The multipart form of an upload after PyPI's sanitising: {@code UNKNOWN} values dropped, NULs
 * spelled {@code \x00}. Repeated keys keep their order.
 *
 * @param fieldsSentAsFiles names of fields that arrived as file parts although they must be text
 */
public record UploadForm(
        Map<String, List<String>> fields,
        List<String> fieldsSentAsFiles,
        Optional<ReceivedFile> content,
        Optional<String> userAgent) {

    public Optional<String> first(String key) {
        List<String> values = fields.get(key);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The value, treating an empty string as absent as PyPI does. */
    public Optional<String> nonEmpty(String key) {
        return first(key).filter(v -> !v.isEmpty());
    }
}
