package dev.larder.web.ui;

import io.javalin.http.Context;

/** A page handler: it gets the request's {@link WebRequest} (session, user, CSRF) next to the context. */
@FunctionalInterface
public interface PageHandler {
    void handle(Context ctx, WebRequest web) throws Exception;
}
