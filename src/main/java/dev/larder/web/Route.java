package dev.larder.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/** One endpoint a capability contributes: method, Javalin path pattern, handler. */
public record Route(HandlerType method, String path, Handler handler) {
    public static Route get(String path, Handler handler) {
        return new Route(HandlerType.GET, path, handler);
    }

    public static Route head(String path, Handler handler) {
        return new Route(HandlerType.HEAD, path, handler);
    }

    public static Route post(String path, Handler handler) {
        return new Route(HandlerType.POST, path, handler);
    }
}
