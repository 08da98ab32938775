package dev.larder.ops;

import dev.larder.web.RequestListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * {@code larder_http_requests_seconds}: every answered request, by method, route pattern and
 * status. The route is the pattern that matched ({@code /simple/{project}/}), so the number of
 * series stays bounded however many projects and files there are.
 */
public final class HttpRequestMetrics implements RequestListener {
    private final Timer.Builder requests = Timer.builder("larder.http.requests")
            .description("HTTP requests answered, by method, route pattern and status");
    private final MeterRegistry registry;

    public HttpRequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void completed(String method, String route, int status, long nanos) {
        requests.tags(Tags.of("method", method, "route", route, "status", Integer.toString(status)))
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }
}
