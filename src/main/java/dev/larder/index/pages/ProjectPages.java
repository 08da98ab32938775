package dev.larder.index.pages;

import dev.larder.index.browse.BrowseFacade;
import dev.larder.index.browse.ProjectPage;
import dev.larder.web.ui.PageException;
import dev.larder.web.ui.Pages;
import dev.larder.web.ui.WebRequest;
import io.javalin.http.Context;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /project/<name>/} and {@code /project/<name>/<version>/}. As on pypi.org, a name or
 * version spelled differently from the project's own is answered with a permanent redirect to the
 * canonical URL, so every page has one address.
 */
public final class ProjectPages {
    private final Pages pages;
    private final BrowseFacade browse;
    private final Optional<String> baseUrl;

    /** @param baseUrl the configured public URL; without one the install command uses the request's origin */
    public ProjectPages(Pages pages, BrowseFacade browse, Optional<URI> baseUrl) {
        this.pages = pages;
        this.browse = browse;
        this.baseUrl = baseUrl.map(u -> u.toString().replaceAll("/+$", ""));
    }

    public void project(Context ctx, WebRequest web) {
        show(ctx, web, Optional.empty());
    }

    public void release(Context ctx, WebRequest web) {
        show(ctx, web, Optional.of(ctx.pathParam("version")));
    }

    private void show(Context ctx, WebRequest web, Optional<String> version) {
        String name = ctx.pathParam("name");
        ProjectPage page = browse.project(name, version).orElseThrow(() -> PageException.notFound(version.isEmpty()
                ? "There is no project named '" + name + "' on this index."
                : "There is no release '" + version.get() + "' of a project named '" + name + "' on this index."));
        String canonical = "/project/" + page.name() + "/"
                + version.map(v -> page.release().orElseThrow().version() + "/").orElse("");
        if (!canonical.equals(ctx.path())) {
            ctx.status(301);
            ctx.header("Location", canonical);
            return;
        }
        String base = baseUrl.orElse(ctx.scheme() + "://" + ctx.host());
        pages.render(ctx, web, "index/project.jte", page.heading(), Map.of("page", page,
                "install", "pip install --index-url " + base + "/simple/ " + page.name()
                        + version.map(v -> "==" + page.release().orElseThrow().version()).orElse("")));
    }
}
