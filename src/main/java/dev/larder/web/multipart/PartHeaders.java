package dev.larder.web.multipart;

import java.util.Optional;

/**
 * The headers of one part that matter for a form: its field name, the filename when it is a
 * file part, and its own Content-Type when one was sent (uv sends none).
 */
public record PartHeaders(String name, Optional<String> filename, Optional<String> contentType) {
    public boolean isFile() {
        return filename.isPresent();
    }
}
