package dev.larder.index.http;

import dev.larder.storage.BlobStore;
import dev.larder.web.http.CommonHeaders;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /files/<b2[0:2]>/<b2[2:4]>/<b2[4:]>/<filename>} and its {@code .metadata} sibling. Blobs
 * never change, so they carry an immutable cache header and their digest as ETag, and single byte
 * ranges are honoured (uv reads wheel metadata with range requests when it has no {@code .metadata}).
 */
public final class FileEndpoints {
    private static final Pattern KEY = Pattern.compile("^([0-9a-f]{2})/([0-9a-f]{2})/([0-9a-f]{60})/([^/]+)$");
    private static final Pattern RANGE = Pattern.compile("^bytes=(\\d*)-(\\d*)$");

    private final BlobStore blobs;

    public FileEndpoints(BlobStore blobs) {
        this.blobs = blobs;
    }

    public void serve(Context ctx) throws IOException {
        String key = ctx.path().substring("/files/".length());
        Matcher m = KEY.matcher(key);
        Optional<Long> size = m.matches() ? blobs.size(key) : Optional.empty();
        if (size.isEmpty()) {
            ctx.status(404).contentType("text/plain").result("404 Not Found");
            return;
        }
        String filename = m.group(4);
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.header("Cache-Control", "max-age=31536000, public, immutable");
        ctx.header("Accept-Ranges", "bytes");
        ctx.contentType(contentType(filename));
        String etag = "\"" + m.group(1) + m.group(2) + m.group(3) + (filename.endsWith(".metadata") ? "-metadata" : "") + "\"";
        if (CommonHeaders.notModified(ctx, etag)) {
            return;
        }
        long total = size.get();
        long start = 0;
        long end = total - 1;
        String range = ctx.header("Range");
        if (range != null && !range.contains(",")) {
            Matcher r = RANGE.matcher(range.trim());
            if (r.matches() && !(r.group(1).isEmpty() && r.group(2).isEmpty())) {
                if (r.group(1).isEmpty()) {
                    start = Math.max(0, total - parse(r.group(2)));
                } else {
                    start = parse(r.group(1));
                    if (!r.group(2).isEmpty()) {
                        end = Math.min(end, parse(r.group(2)));
                    }
                }
                if (start >= total || start > end) {
                    ctx.status(416).header("Content-Range", "bytes */" + total);
                    return;
                }
                ctx.status(206).header("Content-Range", "bytes " + start + "-" + end + "/" + total);
            }
        }
        long length = end - start + 1;
        ctx.res().setContentLengthLong(length);
        if (ctx.method().name().equals("HEAD") || length == 0) {
            return;
        }
        try (InputStream in = blobs.open(key, start, length)) {
            OutputStream out = ctx.res().getOutputStream();
            byte[] buf = new byte[64 * 1024];
            long left = length;
            while (left > 0) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                if (n < 0) {
                    break;
                }
                out.write(buf, 0, n);
                left -= n;
            }
        }
    }

    private static long parse(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    static String contentType(String filename) {
        if (filename.endsWith(".metadata")) {
            return "text/plain; charset=utf-8";
        }
        if (filename.endsWith(".whl") || filename.endsWith(".zip")) {
            return "application/zip";
        }
        if (filename.endsWith(".tar.gz")) {
            return "application/gzip";
        }
        return "application/octet-stream";
    }
}
