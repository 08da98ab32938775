package dev.larder.web.http;

import io.javalin.http.Context;

/** Headers PyPI's read APIs send on every response: CORS for browsers, and the serial for mirrors. */
public final class CommonHeaders {
    private CommonHeaders() {}

    public static void readApi(Context ctx, long serial) {
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.header("Access-Control-Allow-Methods", "GET");
        ctx.header("Access-Control-Allow-Headers", "Content-Type, If-Match, If-Modified-Since, If-None-Match, If-Unmodified-Since");
        ctx.header("Access-Control-Max-Age", "86400");
        ctx.header("Access-Control-Expose-Headers", "X-PyPI-Last-Serial");
        ctx.header("X-PyPI-Last-Serial", Long.toString(serial));
    }

    /** True (and a 304 sent) when the client already holds this version of the resource. */
    public static boolean notModified(Context ctx, String etag) {
        ctx.header("ETag", etag);
        String inm = ctx.header("If-None-Match");
        if (inm == null) {
            return false;
        }
        for (String candidate : inm.split(",")) {
            String c = candidate.trim();
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals(etag) || c.equals("*")) {
                ctx.status(304);
                return true;
            }
        }
        return false;
    }
}
