package dev.larder.ops;

import dev.larder.trust.oidc.KeyFetchListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * {@code larder_oidc_key_fetches_seconds}: attempts to load a trusted-publishing issuer's keys
 * (discovery document and JWKS, or the pinned file), by issuer name and result ({@code ok} or
 * {@code failed}). Issuers are the configured ones, so the series are few.
 */
public final class KeyFetchMetrics implements KeyFetchListener {
    private final MeterRegistry registry;

    public KeyFetchMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void fetched(String issuerName, boolean succeeded, long nanos) {
        Timer.builder("larder.oidc.key.fetches")
                .description("Loads of a trusted-publishing issuer's signing keys, by issuer and result")
                .tag("issuer", issuerName)
                .tag("result", succeeded ? "ok" : "failed")
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }
}
