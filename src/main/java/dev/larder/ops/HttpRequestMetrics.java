package dev.larder.ops;

import dev.larder.web.RequestListener;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * {@code larder_http_requests_seconds}: every answered request, by method, route pattern and
 * status. The route is the pattern that matched ({@code /simple/{project}/}), so the number of
 * series stays bounded however many projects and files there are.
 */
public final class HttpRequestMetrics implements RequestListener {
    // A provider, not a shared Timer.Builder: builders are mutable and requests arrive concurrently.
    private final Meter.MeterProvider<Timer> requests;

    public HttpRequestMetrics(MeterRegistry registry) {
        this.requests = Timer.builder("larder.http.requests")
                .description("HTTP requests answered, by method, route pattern and status")
                .withRegistry(registry);
    }

    @Override
    public void completed(String method, String route, int status, long nanos) {
        requests.withTags("method", method, "route", route, "status", Integer.toString(status))
                .record(nanos, TimeUnit.NANOSECONDS);
    }
}
