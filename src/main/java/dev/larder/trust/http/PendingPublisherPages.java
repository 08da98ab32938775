package dev.larder.trust.http;

import dev.larder.trust.ManagementFacade;
import dev.larder.trust.TrustException;
import dev.larder.trust.TrustSettings;
import dev.larder.web.ui.PageException;
import dev.larder.web.ui.Pages;
import dev.larder.web.ui.WebRequest;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The signed-in user's pending publishers: a trusted publisher for a project its first upload will create. */
public final class PendingPublisherPages {
    private static final String HERE = "/manage/account/publishing/";

    private final Pages pages;
    private final ManagementFacade management;
    private final List<PublisherFormSection> sections;

    public PendingPublisherPages(Pages pages, ManagementFacade management, TrustSettings settings) {
        this.pages = pages;
        this.management = management;
        this.sections = PublisherFormSection.of(settings.issuers());
    }

    public void show(Context ctx, WebRequest web) {
        render(ctx, web, 200, "", "", Map.of());
    }

    public void add(Context ctx, WebRequest web) {
        boolean done = PublisherFormInput.submit(ctx, sections, input -> {
            var added = management.addPending(caller(web), input);
            web.flash("Added a pending publisher for " + added.projectName() + ": its first upload will create the project.");
        }, (status, section, error, values) -> render(ctx, web, status, section, error, values));
        if (done) {
            throw PageException.redirect(HERE);
        }
    }

    public void remove(Context ctx, WebRequest web) {
        try {
            management.removePending(caller(web), Optional.ofNullable(ctx.formParam("pending_id")).orElse(""));
        } catch (TrustException e) {
            throw PageException.refused(e.status(), e.getMessage());
        }
        web.flash("Removed the pending publisher.");
        throw PageException.redirect(HERE);
    }

    private void render(Context ctx, WebRequest web, int status, String section, String error, Map<String, String> values) {
        // One kind of publisher at a time (chosen with ?type=), so each label is on the page once.
        String wanted = section.isEmpty() ? Optional.ofNullable(ctx.queryParam("type")).orElse("") : section;
        List<PublisherFormSection> shown = sections.stream().filter(s -> s.id().equals(wanted)).findFirst()
                .or(() -> sections.stream().findFirst()).stream().toList();
        pages.render(ctx, web, status, "manage/pending-publishers.jte", "Publishing new projects", Map.of(
                "pending", management.pending(caller(web)), "sections", sections, "shown", shown, "section", section,
                "error", error, "values", values, "limit", management.maxPendingPerUser(),
                "lifetimeDays", management.pendingLifetime().toDays()));
    }

    private static ManagementFacade.Caller caller(WebRequest web) {
        return PublisherFormInput.caller(web);
    }
}
