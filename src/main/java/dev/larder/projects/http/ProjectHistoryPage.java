package dev.larder.projects.http;

import dev.larder.projects.ManagedProjectsFacade;
import dev.larder.web.ui.Pages;
import dev.larder.web.ui.WebRequest;
import io.javalin.http.Context;
import java.util.Map;

/** A project's journal and security events, for its Owners and Maintainers. */
public final class ProjectHistoryPage {
    private static final int SHOWN = 500;

    private final Pages pages;
    private final ManagedProjectsFacade managed;

    public ProjectHistoryPage(Pages pages, ManagedProjectsFacade managed) {
        this.pages = pages;
        this.managed = managed;
    }

    public void show(Context ctx, WebRequest web) {
        var user = web.requireUser();
        String name = ctx.pathParam("name");
        var view = ProjectRefusals.orRefuse(() -> managed.view(user, name));
        var history = managed.history(user, name, SHOWN);
        pages.render(ctx, web, "manage/history.jte", "History of " + view.project().name(),
                Map.of("view", view, "history", history));
    }
}
