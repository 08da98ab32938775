package dev.larder.trust.http;

import dev.larder.projects.ManagedProjectsFacade;
import dev.larder.projects.ProjectException;
import dev.larder.projects.ProjectView;
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

/** A project's trusted publishers: add one per issuer type, remove them, and the log of exchange attempts. */
public final class ProjectPublishingPages {
    private static final int ATTEMPTS_SHOWN = 100;

    private final Pages pages;
    private final ManagedProjectsFacade projects;
    private final ManagementFacade management;
    private final List<PublisherFormSection> sections;

    public ProjectPublishingPages(Pages pages, ManagedProjectsFacade projects, ManagementFacade management, TrustSettings settings) {
        this.pages = pages;
        this.projects = projects;
        this.management = management;
        this.sections = PublisherFormSection.of(settings.issuers());
    }

    public void show(Context ctx, WebRequest web) {
        render(ctx, web, 200, "", "", Map.of());
    }

    public void add(Context ctx, WebRequest web) {
        boolean done = PublisherFormInput.submit(ctx, sections, input -> {
            var added = management.addPublisher(caller(web), ctx.pathParam("name"), input);
            web.flash("Added the trusted publisher " + added.spec().describe() + ".");
        }, (status, section, error, values) -> render(ctx, web, status, section, error, values));
        if (done) {
            throw PageException.redirect(here(ctx, web));
        }
    }

    public void remove(Context ctx, WebRequest web) {
        try {
            management.removePublisher(caller(web), ctx.pathParam("name"), Optional.ofNullable(ctx.formParam("publisher_id")).orElse(""));
        } catch (TrustException e) {
            throw PageException.refused(e.status(), e.getMessage());
        }
        web.flash("Removed the trusted publisher.");
        throw PageException.redirect(here(ctx, web));
    }

    private void render(Context ctx, WebRequest web, int status, String section, String error, Map<String, String> values) {
        ProjectView view = view(ctx, web);
        var caller = caller(web);
        try {
            String name = view.project().name();
            pages.render(ctx, web, status, "manage/publishing.jte", "Publishing of " + name, Map.of(
                    "view", view, "publishers", management.publishers(caller, name),
                    "attempts", management.attempts(caller, name, ATTEMPTS_SHOWN),
                    "sections", sections, "section", section, "error", error, "values", values));
        } catch (TrustException e) {
            throw PageException.refused(e.status(), e.getMessage());
        }
    }

    private ProjectView view(Context ctx, WebRequest web) {
        try {
            return projects.view(web.requireUser(), ctx.pathParam("name"));
        } catch (ProjectException e) {
            throw PageException.refused(e.status(), e.getMessage());
        }
    }

    private String here(Context ctx, WebRequest web) {
        return "/manage/project/" + view(ctx, web).project().name() + "/settings/publishing/";
    }

    private static ManagementFacade.Caller caller(WebRequest web) {
        return PublisherFormInput.caller(web);
    }
}
