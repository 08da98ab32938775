package dev.larder.index.http;

import dev.larder.index.IndexFacade;
import dev.larder.index.SimpleFormat;
import dev.larder.index.SimplePage;
import dev.larder.packaging.ProjectName;
import dev.larder.web.http.AcceptEncoding;
import dev.larder.web.http.CommonHeaders;
import io.javalin.http.Context;
import java.util.Optional;

/** {@code /simple/} and {@code /simple/<project>/}: negotiation, redirects to normalized names, ETags. */
public final class SimpleEndpoints {
    private final IndexFacade index;

    public SimpleEndpoints(IndexFacade index) {
        this.index = index;
    }

    public void root(Context ctx) throws java.io.IOException {
        SimpleFormat format = SimpleFormat.choose(ctx.queryParam("format"), ctx.header("Accept"));
        long serial = index.globalSerial();
        commonHeaders(ctx, format, serial);
        ctx.header("Vary", "Accept, Accept-Encoding");
        boolean gzip = AcceptEncoding.allows(ctx.header("Accept-Encoding"), "gzip");
        String etag = index.rootEtag(serial, format);
        if (CommonHeaders.notModified(ctx, gzip ? SimplePage.gzipVariant(etag) : etag)) {
            return;
        }
        if (gzip) {
            ctx.header("Content-Encoding", "gzip");
        }
        if (ctx.method().name().equals("HEAD")) {
            return;
        }
        if (gzip) {
            // Compressed as it streams: tens of megabytes for a large index shrink about tenfold, and
            // the fastest level keeps the CPU per request close to that of the uncompressed page.
            try (var out = new java.util.zip.GZIPOutputStream(ctx.outputStream(), 64 * 1024) {
                {
                    def.setLevel(java.util.zip.Deflater.BEST_SPEED);
                }
            }) {
                index.writeRoot(out, format, serial);
            }
        } else {
            index.writeRoot(ctx.outputStream(), format, serial);
        }
    }

    public void project(Context ctx) throws java.io.IOException {
        String raw = ctx.pathParam("project");
        String normalized = ProjectName.normalize(raw);
        if (!normalized.equals(raw)) {
            redirect(ctx, "/simple/" + normalized + "/");
            return;
        }
        SimpleFormat format = SimpleFormat.choose(ctx.queryParam("format"), ctx.header("Accept"));
        Optional<SimplePage> page = index.projectPage(normalized, format);
        if (page.isEmpty()) {
            ctx.status(404).contentType("text/plain").result("404 Not Found");
            return;
        }
        commonHeaders(ctx, format, page.get().serial());
        ctx.header("Vary", "Accept, Accept-Encoding");
        boolean gzip = AcceptEncoding.allows(ctx.header("Accept-Encoding"), "gzip");
        if (CommonHeaders.notModified(ctx, gzip ? page.get().gzipEtag() : page.get().etag())) {
            return;
        }
        byte[] body = gzip ? page.get().gzipped() : page.get().body();
        if (gzip) {
            ctx.header("Content-Encoding", "gzip");
        }
        ctx.res().setContentLength(body.length);
        if (!ctx.method().name().equals("HEAD")) {
            // One write of the cached bytes; a result stream would be copied in small pieces.
            ctx.res().getOutputStream().write(body);
        }
    }

    /** {@code /simple} and {@code /simple/<project>} without the trailing slash. */
    public void addSlash(Context ctx) {
        redirect(ctx, ctx.path() + "/");
    }

    private static void redirect(Context ctx, String location) {
        String query = ctx.queryString();
        ctx.header("Location", query == null ? location : location + "?" + query);
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.status(301);
    }

    private static void commonHeaders(Context ctx, SimpleFormat format, long serial) {
        CommonHeaders.readApi(ctx, serial);
        ctx.contentType(format.contentType());
        ctx.header("Vary", "Accept");
        ctx.header("Cache-Control", "max-age=600, public");
    }
}
