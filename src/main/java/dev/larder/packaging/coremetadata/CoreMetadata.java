package dev.larder.packaging.coremetadata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A parsed METADATA or PKG-INFO file: its headers as an ordered multimap with case-insensitive
 * names, and its body.
 *
 * <p>Parsing follows {@code packaging.metadata.parse_email} on bytes: Python's {@code email} parser
 * with the {@code compat32} policy (see {@link Compat32Parser}), with text decoded as UTF-8 and
 * each undecodable byte kept as a lone surrogate {@code U+DC80..U+DCFF} (Python's
 * {@code surrogateescape}), which {@link #isValidUtf8()} reports. Values are returned exactly as
 * Python returns them: not trimmed at the end, continuation lines not unfolded. Unlike the
 * {@code email} package, a {@code Content-Transfer-Encoding} header does not decode the body.
 */
public final class CoreMetadata {

    private final List<HeaderField> headers;
    private final String body;
    private final boolean validUtf8;

    private CoreMetadata(List<HeaderField> headers, String body, boolean validUtf8) {
        this.headers = Collections.unmodifiableList(headers);
        this.body = body;
        this.validUtf8 = validUtf8;
    }

    /** Parses a core metadata file; never fails, as Python's parser never does. */
    public static CoreMetadata parse(byte[] bytes) {
        Compat32Parser parser = Compat32Parser.parse(bytes);
        byte[] bodyBytes = parser.body();
        String body = SurrogateEscape.decode(bodyBytes, 0, bodyBytes.length);
        boolean valid = !hasEscapes(body);
        for (HeaderField field : parser.fields()) {
            valid &= !hasEscapes(field.name()) && !hasEscapes(field.value());
        }
        return new CoreMetadata(new ArrayList<>(parser.fields()), body, valid);
    }

    /** Every header in file order, repeated names included. */
    public List<HeaderField> headers() {
        return headers;
    }

    /** The first value of the named header (case-insensitive), as {@code msg[name]} in Python. */
    public Optional<String> first(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (HeaderField field : headers) {
            if (field.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(field.value());
            }
        }
        return Optional.empty();
    }

    /** All values of the named header (case-insensitive), in file order, as {@code msg.get_all(name)}. */
    public List<String> all(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        List<String> values = new ArrayList<>();
        for (HeaderField field : headers) {
            if (field.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                values.add(field.value());
            }
        }
        return Collections.unmodifiableList(values);
    }

    /** Everything after the header block, verbatim (empty when there is none). */
    public String body() {
        return body;
    }

    /**
     * The long description: the body when it is not empty (metadata 2.1+ style), otherwise the
     * first {@code Description} header, as packaging resolves them.
     */
    public Optional<String> description() {
        return body.isEmpty() ? first("Description") : Optional.of(body);
    }

    public Optional<String> metadataVersion() {
        return first("Metadata-Version");
    }

    public Optional<String> name() {
        return first("Name");
    }

    public Optional<String> version() {
        return first("Version");
    }

    /** Whether every byte of the file decoded as UTF-8 (no surrogate escapes in any value). */
    public boolean isValidUtf8() {
        return validUtf8;
    }

    private static boolean hasEscapes(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (SurrogateEscape.isEscaped(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
