package dev.larder.projects.http;

import dev.larder.projects.ActingUser;
import dev.larder.projects.ManagedProjectsFacade;
import dev.larder.projects.ProjectException;
import dev.larder.projects.ProjectView;
import dev.larder.trust.ManagementFacade;
import dev.larder.trust.TrustException;
import dev.larder.web.ui.PageException;
import dev.larder.web.ui.Pages;
import dev.larder.web.ui.WebRequest;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A project's settings: collaborators, the trusted-publishing-only switch, and deleting the project. */
public final class ProjectSettingsPages {
    private final Pages pages;
    private final ManagedProjectsFacade managed;
    private final ManagementFacade trust;

    public ProjectSettingsPages(Pages pages, ManagedProjectsFacade managed, ManagementFacade trust) {
        this.pages = pages;
        this.managed = managed;
        this.trust = trust;
    }

    /** What a re-shown form keeps: which form failed, its message and the values typed. */
    private record FormState(String form, String error, Map<String, String> values) {
        static FormState none() {
            return new FormState("", "", Map.of());
        }
    }

    public void show(Context ctx, WebRequest web) {
        var user = web.requireUser();
        render(ctx, web, 200, ProjectRefusals.orRefuse(() -> managed.view(user, ctx.pathParam("name"))), FormState.none());
    }

    public void addCollaborator(Context ctx, WebRequest web) {
        String userName = field(ctx, "username");
        String role = field(ctx, "role");
        act(ctx, web, "collaborator", Map.of("username", userName, "role", role),
                by -> managed.addCollaborator(by, ctx.pathParam("name"), userName, role), "Added " + userName.strip() + " as " + role + ".");
    }

    public void changeRole(Context ctx, WebRequest web) {
        String userName = field(ctx, "username");
        String role = field(ctx, "role");
        act(ctx, web, "roles", Map.of(), by -> managed.changeRole(by, ctx.pathParam("name"), userName, role),
                userName + " is now a " + role + ".");
    }

    public void removeCollaborator(Context ctx, WebRequest web) {
        String userName = field(ctx, "username");
        act(ctx, web, "roles", Map.of(), by -> managed.removeCollaborator(by, ctx.pathParam("name"), userName),
                "Removed " + userName + ".");
    }

    public void deleteProject(Context ctx, WebRequest web) {
        String typed = field(ctx, "confirm_name");
        var user = web.requireUser();
        String name = ctx.pathParam("name");
        try {
            managed.deleteProject(new ActingUser(user, Optional.of(web.address())), name, typed);
        } catch (ProjectException e) {
            ProjectRefusals.unlessFormError(e);
            render(ctx, web, 400, managed.view(user, name), new FormState("delete", e.getMessage(), Map.of("confirm_name", typed)));
            return;
        }
        web.flash("Deleted the project " + name + " and all its files.");
        throw PageException.redirect("/manage/projects/");
    }

    public void setTrustedPublishingOnly(Context ctx, WebRequest web) {
        var user = web.requireUser();
        String name = ctx.pathParam("name");
        boolean only = "on".equals(ctx.formParam("trusted_publishing_only"));
        try {
            trust.setTrustedPublishingOnly(ManagementFacade.Caller.signedIn(user, Optional.of(web.address())), name, only);
        } catch (TrustException e) {
            throw PageException.refused(e.status(), e.getMessage());
        }
        web.flash(only ? "Only trusted publishers can upload now." : "API tokens can upload again.");
        throw PageException.redirect(ProjectRefusals.path(managed.view(user, name).project().name(), "settings/"));
    }

    @FunctionalInterface
    private interface Change {
        void apply(ActingUser by);
    }

    private void act(Context ctx, WebRequest web, String form, Map<String, String> values, Change change, String done) {
        var user = web.requireUser();
        String name = ctx.pathParam("name");
        try {
            change.apply(new ActingUser(user, Optional.of(web.address())));
        } catch (ProjectException e) {
            ProjectRefusals.unlessFormError(e);
            render(ctx, web, 400, managed.view(user, name), new FormState(form, e.getMessage(), values));
            return;
        }
        web.flash(done);
        String next;
        try {
            next = ProjectRefusals.path(managed.view(user, name).project().name(), "settings/");
        } catch (ProjectException e) {
            next = "/manage/projects/"; // who removed themselves can no longer open the settings
        }
        throw PageException.redirect(next);
    }

    private void render(Context ctx, WebRequest web, int status, ProjectView view, FormState state) {
        Map<String, String> values = new HashMap<>(Map.of("username", "", "role", "Maintainer", "confirm_name", ""));
        values.putAll(state.values());
        pages.render(ctx, web, status, "manage/settings.jte", "Settings of " + view.project().name(),
                Map.of("view", view, "form", state.form(), "error", state.error(), "values", values));
    }

    private static String field(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("");
    }
}
