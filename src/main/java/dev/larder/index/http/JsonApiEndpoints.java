package dev.larder.index.http;

import dev.larder.index.IndexFacade;
import dev.larder.packaging.ProjectName;
import dev.larder.web.http.CommonHeaders;
import io.javalin.http.Context;
import java.util.Optional;

/** {@code /pypi/<project>/json} and {@code /pypi/<project>/<version>/json}, with or without a final slash. */
public final class JsonApiEndpoints {
    private final IndexFacade index;

    public JsonApiEndpoints(IndexFacade index) {
        this.index = index;
    }

    public void project(Context ctx) {
        serve(ctx, Optional.empty());
    }

    public void release(Context ctx) {
        serve(ctx, Optional.of(ctx.pathParam("version")));
    }

    private void serve(Context ctx, Optional<String> version) {
        String raw = ctx.pathParam("project");
        String normalized = ProjectName.normalize(raw);
        if (!normalized.equals(raw)) {
            String rest = ctx.path().substring(("/pypi/" + raw).length());
            ctx.header("Location", "/pypi/" + normalized + rest);
            ctx.status(301);
            return;
        }
        var doc = index.jsonApi(normalized, version, origin(ctx));
        ctx.contentType("application/json");
        ctx.header("Access-Control-Allow-Origin", "*");
        if (doc.isEmpty()) {
            ctx.status(404).result("{\"message\": \"Not Found\"}\n");
            return;
        }
        CommonHeaders.readApi(ctx, doc.get().serial());
        ctx.header("Cache-Control", "max-age=900, public");
        if (CommonHeaders.notModified(ctx, doc.get().etag())) {
            return;
        }
        if (!ctx.method().name().equals("HEAD")) {
            ctx.result(doc.get().body());
        }
    }

    static String origin(Context ctx) {
        return ctx.scheme() + "://" + ctx.host();
    }
}
