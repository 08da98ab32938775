package dev.larder.packaging.metadata;

import dev.larder.packaging.PythonCharacter;
import dev.larder.packaging.PythonRepr;
import java.util.Locale;
import java.util.Set;

/**
 * packaging's rules for {@code Description-Content-Type}: a parseable MIME type that is
 * {@code text/plain}, {@code text/x-rst} or {@code text/markdown}, an optional
 * {@code charset} that must be UTF-8, and for Markdown an optional {@code variant} of
 * {@code GFM} or {@code CommonMark} (case-sensitive).
 *
 * <p>packaging prints the allowed types and variants from a Python set, so their order
 * varies between PyPI processes; this class always lists them in the order above.
 */
final class DescriptionContentType {

    private static final Set<String> TYPES = Set.of("text/plain", "text/x-rst", "text/markdown");
    private static final Set<String> MARKDOWN_VARIANTS = Set.of("GFM", "CommonMark");
    private static final String FIELD = "'description-content-type'";

    private DescriptionContentType() {
    }

    /** packaging's message for an unacceptable value, or null. */
    static String problem(String value) {
        if (lineCount(value) > 1) {
            return PythonRepr.of(value) + " is not a valid content type for " + FIELD;
        }
        ContentTypeHeader header = ContentTypeHeader.parse(value);
        if (header.unparsable) {
            return PythonRepr.of(value) + " is not a valid content type for " + FIELD;
        }
        if (header.defect != null) {
            return PythonRepr.of(value) + " is not a valid content type for " + FIELD + ": " + header.defect;
        }
        String contentType = simpleContentType(value);
        if (!TYPES.contains(contentType) || !value.toLowerCase(Locale.ROOT).contains(contentType)) {
            return FIELD + " must be one of ['text/plain', 'text/x-rst', 'text/markdown'], not " + PythonRepr.of(value);
        }
        String charset = header.parameters.getOrDefault("charset", "UTF-8");
        if (!charset.toLowerCase(Locale.ROOT).equals("utf-8")) {
            return FIELD + " can only specify the UTF-8 charset, not " + PythonRepr.of(charset);
        }
        String variant = header.parameters.getOrDefault("variant", "GFM");
        if (contentType.equals("text/markdown") && !MARKDOWN_VARIANTS.contains(variant)) {
            return "valid Markdown variants for " + FIELD + " are ['GFM', 'CommonMark'], not " + PythonRepr.of(variant);
        }
        return null;
    }

    /**
     * Python's {@code Message.get_content_type()}: the text before the first {@code ;},
     * stripped and lower-cased, or {@code text/plain} unless it has exactly one {@code /}.
     */
    private static String simpleContentType(String value) {
        int semicolon = value.indexOf(';');
        String type = PythonCharacter.strip(semicolon < 0 ? value : value.substring(0, semicolon)).toLowerCase(Locale.ROOT);
        return type.chars().filter(c -> c == '/').count() == 1 ? type : "text/plain";
    }

    /** {@code len(value.splitlines())}; more than one line makes the e-mail policy refuse the header. */
    private static int lineCount(String value) {
        int lines = 0;
        boolean textSinceBreak = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ("\n\r\u000B\u000C\u001C\u001D\u001E\u0085\u2028\u2029".indexOf(c) >= 0) {
                if (c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                    i++;
                }
                lines++;
                textSinceBreak = false;
            } else {
                textSinceBreak = true;
            }
        }
        return textSinceBreak ? lines + 1 : lines;
    }
}
