package dev.larder.packaging.metadata;

import dev.larder.packaging.PythonRepr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A MIME Content-Type header value ({@code text/markdown; charset=UTF-8; variant=GFM}) parsed
 * the way packaging has Python's {@code email} package parse {@code Description-Content-Type}.
 *
 * <p>It reports the same kinds of defects in the same order of priority: structural ones
 * (no type, no {@code /}, missing subtype, text other than parameters after the type), then
 * ASCII control characters, then parameter defects ({@link MimeParameters}). The defect
 * texts for the common cases are Python's; for malformed parameters the detail is Larder's
 * own wording, because Python prints its internal parse tree there.
 */
final class ContentTypeHeader {

    /** The first defect found, or null. */
    final String defect;
    /** Set when Python's parser would raise instead of recording a defect. */
    final boolean unparsable;
    /** Parameters by lower-case name. */
    final Map<String, String> parameters;

    private ContentTypeHeader(String defect, boolean unparsable, Map<String, String> parameters) {
        this.defect = defect;
        this.unparsable = unparsable;
        this.parameters = parameters;
    }

    static ContentTypeHeader parse(String value) {
        HeaderScanner scanner = new HeaderScanner(value);
        String structural = null;
        MimeParameters parameters = MimeParameters.parse("");
        scanner.skipCommentsAndWhitespace();
        if (scanner.atEnd()) {
            structural = "Missing content type specification";
        } else if (scanner.token().isEmpty()) {
            structural = "Expected content maintype but found " + PythonRepr.of(scanner.rest());
        } else {
            scanner.skipCommentsAndWhitespace();
            if (scanner.atEnd() || scanner.current() != '/') {
                structural = "Invalid content type";
            } else {
                scanner.pos++;
                scanner.skipCommentsAndWhitespace();
                if (scanner.token().isEmpty()) {
                    structural = "Expected content subtype but found " + PythonRepr.of(scanner.rest());
                } else {
                    scanner.skipCommentsAndWhitespace();
                    if (!scanner.atEnd() && scanner.current() != ';') {
                        structural = "Only parameters are valid after content type, but found " + PythonRepr.of(scanner.rest());
                    } else if (!scanner.atEnd()) {
                        parameters = MimeParameters.parse(scanner.rest().substring(1));
                    }
                }
            }
        }
        String controls = controlCharacterDefect(value);
        String defect = structural != null ? structural
                : controls != null ? controls
                : parameters.defects.isEmpty() ? null : parameters.defects.get(0);
        return new ContentTypeHeader(defect, parameters.unparsable, Map.copyOf(parameters.values));
    }

    /** Python lists the ASCII control characters of the header, other than tab. */
    private static String controlCharacterDefect(String text) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                found.add(PythonRepr.of(String.valueOf(c)));
            }
        }
        return found.isEmpty() ? null : "the following ASCII non-printables found in header: [" + String.join(", ", found) + "]";
    }
}
