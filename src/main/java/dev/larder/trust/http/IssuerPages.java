package dev.larder.trust.http;

import dev.larder.trust.TrustSettings;
import dev.larder.web.ui.Pages;
import dev.larder.web.ui.WebRequest;
import io.javalin.http.Context;
import java.util.Map;

/** {@code /admin/issuers/}: the trusted-publishing issuers this index is configured to accept. */
public final class IssuerPages {
    private final Pages pages;
    private final TrustSettings trust;

    public IssuerPages(Pages pages, TrustSettings trust) {
        this.pages = pages;
        this.trust = trust;
    }

    public void page(Context ctx, WebRequest web) {
        web.requireAdmin();
        pages.render(ctx, web, "admin/issuers.jte", "Trusted-publishing issuers", Map.of("issuers", trust.issuers().all()));
    }
}
