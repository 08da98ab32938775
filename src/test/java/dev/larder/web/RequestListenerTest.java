package dev.larder.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.config.HostPort;
import dev.larder.testing.RawHttp;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The server tells its listener about every answered request, with the route pattern, even when a handler throws. */
class RequestListenerTest {
    record Seen(String method, String route, int status) {}

    @Test
    void everyRequestIsReportedWithItsRoutePatternAndFinalStatus() {
        List<Seen> seen = new CopyOnWriteArrayList<>();
        RequestListener listener = (method, route, status, nanos) -> {
            assertThat(nanos).isNotNegative();
            seen.add(new Seen(method, route, status));
        };
        List<Route> routes = List.of(
                Route.get("/things/{name}/", ctx -> ctx.result("thing " + ctx.pathParam("name"))),
                Route.get("/broken", ctx -> {
                    throw new IllegalStateException("handler failed");
                }),
                new Route(HandlerType.HEAD, "/things/{name}/", ctx -> ctx.status(204)));
        try (HttpServer server = HttpServer.start(new HostPort("127.0.0.1", 0), Optional.empty(), routes, listener)) {
            RawHttp.send(server.port(), "GET", "/things/a/", Map.of(), null);
            RawHttp.send(server.port(), "HEAD", "/things/b/", Map.of(), null);
            RawHttp.send(server.port(), "GET", "/broken", Map.of(), null);
            RawHttp.send(server.port(), "GET", "/nothing/here", Map.of(), null);
            RawHttp.send(server.port(), "DELETE", "/things/a/", Map.of(), null);
        }
        assertThat(seen).containsExactly(
                new Seen("GET", "/things/{name}/", 200),
                new Seen("HEAD", "/things/{name}/", 204),
                new Seen("GET", "/broken", 500),
                new Seen("GET", RequestListener.UNMATCHED, 404),
                new Seen("DELETE", RequestListener.UNMATCHED, 405));
    }

    @Test
    void aFailingListenerDoesNotChangeTheAnswer() {
        RequestListener failing = (method, route, status, nanos) -> {
            throw new IllegalStateException("listener failed");
        };
        try (HttpServer server = HttpServer.start(new HostPort("127.0.0.1", 0), Optional.empty(),
                List.of(Route.get("/ok", ctx -> ctx.result("fine"))), failing)) {
            RawHttp.Response r = RawHttp.send(server.port(), "GET", "/ok", Map.of(), null);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.text()).isEqualTo("fine");
        }
    }
}
