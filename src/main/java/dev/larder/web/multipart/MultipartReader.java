package dev.larder.web.multipart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Pull-style reader over a multipart body. Call {@link #nextPart()} for each part's headers, then
 * exactly one of {@link #readBody(BodySink)} or {@link #readBodyBytes(int)} for its content.
 */
public final class MultipartReader {
    private static final int WINDOW = 256 * 1024;
    private static final int MAX_HEADER_BYTES = 16 * 1024;

    private final InputStream in;
    private final byte[] delimiter;
    private final int[] skip;
    private final byte[] buf = new byte[WINDOW];
    private int pos;
    private int limit;
    private boolean eof;
    private boolean finished;
    private boolean bodyPending;
    /** The last read stopped right after a delimiter (a part's body was read to its end). */
    private boolean afterDelimiter;

    /** Receives a part's body in chunks; the array is reused after the call returns. */
    @FunctionalInterface
    public interface BodySink {
        void write(byte[] bytes, int offset, int length) throws IOException;
    }

    public MultipartReader(InputStream in, String boundary) {
        if (boundary == null || boundary.isEmpty() || boundary.length() > 200) {
            throw new MalformedMultipartException("multipart boundary is missing or too long");
        }
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.skip = new int[256];
        java.util.Arrays.fill(skip, delimiter.length);
        for (int k = 0; k < delimiter.length - 1; k++) {
            skip[delimiter[k] & 0xff] = delimiter.length - 1 - k;
        }
        // A body starts directly with "--boundary"; pretend a CRLF came before it so that the
        // first delimiter looks like every other one.
        buf[0] = '\r';
        buf[1] = '\n';
        limit = 2;
    }

    /** The boundary parameter of a {@code multipart/form-data} Content-Type, if it is one. */
    public static Optional<String> boundaryOf(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String[] parts = contentType.split(";");
        if (!parts[0].trim().equalsIgnoreCase("multipart/form-data")) {
            return Optional.empty();
        }
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase("boundary")) {
                String v = p.substring(eq + 1).trim();
                if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                    v = v.substring(1, v.length() - 1);
                }
                return v.isEmpty() ? Optional.empty() : Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** The next part's headers, or empty after the closing delimiter. */
    public Optional<PartHeaders> nextPart() throws IOException {
        if (finished) {
            return Optional.empty();
        }
        if (bodyPending) {
            readBody((b, o, l) -> { });
        } else if (!afterDelimiter && !skipToDelimiter()) {
            throw new MalformedMultipartException("the body has no multipart boundary");
        }
        afterDelimiter = false;
        // After a delimiter: "--" ends the body, otherwise optional whitespace and CRLF.
        fill(2);
        if (limit - pos >= 2 && buf[pos] == '-' && buf[pos + 1] == '-') {
            finished = true;
            return Optional.empty();
        }
        while (true) {
            fill(1);
            if (pos >= limit) {
                throw new MalformedMultipartException("the body ended inside a part");
            }
            byte b = buf[pos];
            if (b == ' ' || b == '\t') {
                pos++;
            } else {
                break;
            }
        }
        expectCrlf();
        PartHeaders headers = PartHeaderParser.parse(readHeaderBlock());
        bodyPending = true;
        return Optional.of(headers);
    }

    /** Streams the current part's body to the sink and returns its length. */
    public long readBody(BodySink sink) throws IOException {
        if (!bodyPending) {
            throw new IllegalStateException("no part body to read");
        }
        bodyPending = false;
        long total = 0;
        while (true) {
            fill(delimiter.length);
            int found = indexOfDelimiter(pos, limit);
            if (found >= 0) {
                if (found > pos) {
                    sink.write(buf, pos, found - pos);
                    total += found - pos;
                }
                pos = found + delimiter.length;
                afterDelimiter = true;
                return total;
            }
            if (eof) {
                throw new MalformedMultipartException("the body ended before the closing boundary");
            }
            // Everything but a tail that could be the start of a delimiter is body.
            int safe = limit - (delimiter.length - 1);
            if (safe > pos) {
                sink.write(buf, pos, safe - pos);
                total += safe - pos;
                pos = safe;
            }
            compact();
            readMore();
        }
    }

    /** Reads the current part's body into memory; more than {@code max} bytes is an error. */
    public byte[] readBodyBytes(int max) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        readBody((b, o, l) -> {
            if (out.size() + (long) l > max) {
                throw new PartTooLargeException(max);
            }
            out.write(b, o, l);
        });
        return out.toByteArray();
    }

    private boolean skipToDelimiter() throws IOException {
        while (true) {
            fill(delimiter.length);
            int found = indexOfDelimiter(pos, limit);
            if (found >= 0) {
                pos = found + delimiter.length;
                return true;
            }
            if (eof) {
                return false;
            }
            pos = Math.max(pos, limit - (delimiter.length - 1));
            compact();
            readMore();
        }
    }

    private byte[] readHeaderBlock() throws IOException {
        int start = pos;
        while (true) {
            for (int i = Math.max(start, pos); i + 3 < limit; i++) {
                if (buf[i] == '\r' && buf[i + 1] == '\n' && buf[i + 2] == '\r' && buf[i + 3] == '\n') {
                    byte[] block = java.util.Arrays.copyOfRange(buf, start, i + 2);
                    pos = i + 4;
                    return block;
                }
            }
            if (limit - start > MAX_HEADER_BYTES) {
                throw new MalformedMultipartException("a part's headers are too long");
            }
            if (eof) {
                throw new MalformedMultipartException("the body ended inside a part's headers");
            }
            pos = start;
            compact();
            start = pos;
            readMore();
        }
    }

    private void expectCrlf() throws IOException {
        fill(2);
        if (limit - pos < 2 || buf[pos] != '\r' || buf[pos + 1] != '\n') {
            throw new MalformedMultipartException("a multipart boundary is not followed by a line break");
        }
        pos += 2;
    }

    /**
     * Boyer-Moore-Horspool: on file data the search mostly jumps a whole delimiter length at a
     * time, so finding the end of a large part costs a small fraction of a byte-by-byte scan.
     */
    private int indexOfDelimiter(int from, int to) {
        int m = delimiter.length;
        int last = to - m;
        int i = from;
        while (i <= last) {
            int j = m - 1;
            while (j >= 0 && buf[i + j] == delimiter[j]) {
                j--;
            }
            if (j < 0) {
                return i;
            }
            i += skip[buf[i + m - 1] & 0xff];
        }
        return -1;
    }

    /** Makes at least {@code n} unread bytes available unless the stream ends first. */
    private void fill(int n) throws IOException {
        while (limit - pos < n && !eof) {
            if (buf.length - pos < n) {
                compact();
            }
            readMore();
        }
    }

    private void compact() {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
    }

    private void readMore() throws IOException {
        if (limit == buf.length) {
            return;
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }
}
