package dev.larder.web.ui;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The stylesheet and images of the pages, from the jar's {@code static/} folder. */
public final class StaticAssets {
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "png", "image/png", "js", "text/javascript; charset=utf-8");
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    public void serve(Context ctx) {
        String name = ctx.pathParam("name");
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1));
        byte[] body = type == null || !name.matches("[a-z0-9-]+\\.[a-z]+") ? null : load(name);
        if (body == null) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("Not Found");
            return;
        }
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType(type).result(body);
    }

    private byte[] load(String name) {
        return cache.computeIfAbsent(name, n -> {
            try (InputStream in = StaticAssets.class.getResourceAsStream("/static/" + n)) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
