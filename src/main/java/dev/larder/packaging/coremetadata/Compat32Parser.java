package dev.larder.packaging.coremetadata;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code email.feedparser} header logic under the {@code compat32} policy, on bytes.
 *
 * <ul>
 *   <li>Lines end at CR LF, CR or LF.</li>
 *   <li>The header block runs while lines look like headers: {@code From }, or printable ASCII
 *       without a colon followed by a colon, or a leading space or tab (a continuation). A blank
 *       line ends it and is dropped; any other line ends it and starts the body.</li>
 *   <li>Continuations are appended to the previous header with their line break; one before any
 *       header is ignored, as are lines starting with a colon and misplaced {@code From } lines.</li>
 *   <li>A value is what follows the first colon, without leading spaces and tabs, without the
 *       trailing CR/LF characters of the whole value.</li>
 * </ul>
 */
final class Compat32Parser {

    private final byte[] bytes;
    private final List<HeaderField> fields = new ArrayList<>();
    private byte[] body = new byte[0];

    private Compat32Parser(byte[] bytes) {
        this.bytes = bytes;
    }

    static Compat32Parser parse(byte[] bytes) {
        Compat32Parser parser = new Compat32Parser(bytes);
        parser.run();
        return parser;
    }

    List<HeaderField> fields() {
        return fields;
    }

    byte[] body() {
        return body;
    }

    private void run() {
        List<int[]> headerLines = new ArrayList<>();
        int position = 0;
        int bodyStart = bytes.length;
        while (position < bytes.length) {
            int end = lineEnd(position);
            if (!looksLikeHeader(position, end)) {
                boolean blank = bytes[position] == '\r' || bytes[position] == '\n';
                bodyStart = blank ? end : position;
                break;
            }
            headerLines.add(new int[] {position, end});
            position = end;
        }
        byte[] pushedBack = parseHeaders(headerLines);
        int bodyLength = bytes.length - bodyStart;
        body = new byte[pushedBack.length + bodyLength];
        System.arraycopy(pushedBack, 0, body, 0, pushedBack.length);
        System.arraycopy(bytes, bodyStart, body, pushedBack.length, bodyLength);
    }

    /** Returns the line the parser pushes back into the body (a trailing {@code From } line), or none. */
    private byte[] parseHeaders(List<int[]> lines) {
        String name = null;
        int valueStart = 0;
        List<int[]> valueParts = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            int start = lines.get(index)[0];
            int end = lines.get(index)[1];
            if (bytes[start] == ' ' || bytes[start] == '\t') {
                if (name != null) {
                    valueParts.add(new int[] {start, end});
                }
                continue;
            }
            if (name != null) {
                addField(name, valueStart, valueParts);
                name = null;
            }
            if (startsWith(start, end, "From ")) {
                if (index == lines.size() - 1 && index > 0) {
                    byte[] line = new byte[end - start];
                    System.arraycopy(bytes, start, line, 0, line.length);
                    return line;
                }
                continue; // the unix "From " envelope line, or a misplaced one: not a header
            }
            int colon = indexOf(start, end, (byte) ':');
            if (colon == start) {
                continue; // "Missing header name."
            }
            name = SurrogateEscape.decode(bytes, start, colon);
            valueStart = colon + 1;
            valueParts.clear();
            valueParts.add(new int[] {colon + 1, end});
        }
        if (name != null) {
            addField(name, valueStart, valueParts);
        }
        return new byte[0];
    }

    private void addField(String name, int valueStart, List<int[]> parts) {
        StringBuilder raw = new StringBuilder();
        int first = valueStart;
        int firstEnd = parts.get(0)[1];
        while (first < firstEnd && (bytes[first] == ' ' || bytes[first] == '\t')) {
            first++;
        }
        raw.append(SurrogateEscape.decode(bytes, first, firstEnd));
        for (int i = 1; i < parts.size(); i++) {
            raw.append(SurrogateEscape.decode(bytes, parts.get(i)[0], parts.get(i)[1]));
        }
        int length = raw.length();
        while (length > 0 && (raw.charAt(length - 1) == '\r' || raw.charAt(length - 1) == '\n')) {
            length--;
        }
        raw.setLength(length);
        fields.add(new HeaderField(name, raw.toString()));
    }

    /** {@code ^(From |[\041-\071\073-\176]*:|[\t ])} */
    private boolean looksLikeHeader(int start, int end) {
        byte first = bytes[start];
        if (first == ' ' || first == '\t' || startsWith(start, end, "From ")) {
            return true;
        }
        for (int i = start; i < end; i++) {
            byte b = bytes[i];
            if (b == ':') {
                return true;
            }
            if (b < 0x21 || b > 0x7E) {
                return false;
            }
        }
        return false;
    }

    /** End of the line starting at {@code start}, past its CR LF, CR or LF. */
    private int lineEnd(int start) {
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
            if (bytes[i] == '\r') {
                return i + 1 < bytes.length && bytes[i + 1] == '\n' ? i + 2 : i + 1;
            }
        }
        return bytes.length;
    }

    private boolean startsWith(int start, int end, String prefix) {
        if (end - start < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[start + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(int start, int end, byte wanted) {
        for (int i = start; i < end; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
