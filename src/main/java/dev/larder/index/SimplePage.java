package dev.larder.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered simple page in one format, with its strong ETag and the serial it reflects, plus the
 * same bytes gzip-compressed once at render time: pip and uv accept gzip, and a large project's
 * page shrinks to a fraction, which is what keeps serving it cheap under load.
 */
public record SimplePage(byte[] body, byte[] gzipped, String contentType, String etag, long serial) {

    static SimplePage of(byte[] body, String contentType, String etag, long serial) {
        return new SimplePage(body, gzip(body), contentType, etag, serial);
    }

    /** The gzip variant has its own validator, as HTTP requires of a different representation. */
    public String gzipEtag() {
        return gzipVariant(etag);
    }

    /** The validator of the gzip-encoded representation of whatever {@code etag} names. */
    public static String gzipVariant(String etag) {
        return etag.substring(0, etag.length() - 1) + "-gzip\"";
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        // A buffer the size of the page, up to 64 KiB: most pages are a few kilobytes.
        try (GZIPOutputStream gz = new GZIPOutputStream(out, Math.max(512, Math.min(64 * 1024, body.length)))) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
