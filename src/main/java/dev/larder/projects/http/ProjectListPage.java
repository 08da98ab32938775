package dev.larder.projects.http;

import dev.larder.projects.ManagedProjectsFacade;
import dev.larder.web.ui.Pages;
import dev.larder.web.ui.WebRequest;
import io.javalin.http.Context;
import java.util.Map;

/** The signed-in user's projects, with their role on each. */
public final class ProjectListPage {
    private final Pages pages;
    private final ManagedProjectsFacade managed;

    public ProjectListPage(Pages pages, ManagedProjectsFacade managed) {
        this.pages = pages;
        this.managed = managed;
    }

    public void show(Context ctx, WebRequest web) {
        var user = web.requireUser();
        pages.render(ctx, web, "manage/projects.jte", "Your projects", Map.of("projects", managed.projectsOf(user)));
    }
}
