package dev.larder.web.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.MetaData;
import org.eclipse.jetty.server.HttpStream;

/**
 * Puts a custom reason phrase on the HTTP/1.1 status line, which twine shows to its user. Jetty
 * offers no API for it, so the response metadata is rewritten on its way to the connection.
 * HTTP/2 has no reason phrase; every message is in the body too.
 */
public final class ReasonPhrase {
    private ReasonPhrase() {}

    public static void set(Context ctx, String reason) {
        String safe = latin1(reason);
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        if (request == null) {
            return;
        }
        request.addHttpStreamWrapper(stream -> new HttpStream.Wrapper(stream) {
            @Override
            public void send(MetaData.Request req, MetaData.Response res, boolean last,
                             java.nio.ByteBuffer content, org.eclipse.jetty.util.Callback callback) {
                MetaData.Response rewritten = res;
                if (res != null && res.getStatus() >= 200) {
                    rewritten = new MetaData.Response(res.getStatus(), safe, res.getHttpVersion(), res.getHttpFields(),
                            res.getContentLength(), res.getTrailersSupplier());
                }
                super.send(req, rewritten, last, content, callback);
            }
        });
    }

    /** ISO-8859-1 only, unencodable characters as '?', no line breaks: what a status line can carry. */
    static String latin1(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '\r' || c == '\n') {
                b.append(' ');
            } else if (c < 256 && (c >= 32 || c == '\t') && c != 127) {
                b.append(c);
            } else {
                b.append('?');
            }
        }
        return new String(b.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
    }
}
