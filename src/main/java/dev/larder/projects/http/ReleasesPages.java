package dev.larder.projects.http;

import dev.larder.projects.ActingUser;
import dev.larder.projects.ManagedProjectsFacade;
import dev.larder.projects.ProjectException;
import dev.larder.projects.ProjectView;
import dev.larder.web.ui.PageException;
import dev.larder.web.ui.Pages;
import dev.larder.web.ui.WebRequest;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/**
 * A project's releases and files: yank and un-yank (reversible, one click), and deleting a file
 * or a release, which asks first for its version or file name to be typed on a page of its own.
 */
public final class ReleasesPages {
    private final Pages pages;
    private final ManagedProjectsFacade managed;

    public ReleasesPages(Pages pages, ManagedProjectsFacade managed) {
        this.pages = pages;
        this.managed = managed;
    }

    /** What is being deleted: a release (by version) or a file (by name). */
    private enum Target {
        RELEASE("version", "release", "Type the version to confirm", "Delete release"),
        FILE("filename", "file", "Type the file name to confirm", "Delete file");

        final String field;
        final String noun;
        final String label;
        final String button;

        Target(String field, String noun, String label, String button) {
            this.field = field;
            this.noun = noun;
            this.label = label;
            this.button = button;
        }
    }

    public void show(Context ctx, WebRequest web) {
        var user = web.requireUser();
        ProjectView view = ProjectRefusals.orRefuse(() -> managed.view(user, ctx.pathParam("name")));
        pages.render(ctx, web, "manage/releases.jte", "Releases of " + view.project().name(),
                Map.of("view", view, "releases", ReleaseRows.of(view.detail())));
    }

    public void yank(Context ctx, WebRequest web) {
        String version = field(ctx, "version");
        change(ctx, web, by -> managed.yank(by, ctx.pathParam("name"), version, field(ctx, "reason")), "Yanked " + version + ".");
    }

    public void unyank(Context ctx, WebRequest web) {
        String version = field(ctx, "version");
        change(ctx, web, by -> managed.unyank(by, ctx.pathParam("name"), version), "Un-yanked " + version + ".");
    }

    public void confirmRelease(Context ctx, WebRequest web) {
        confirm(ctx, web, Target.RELEASE, 200, "");
    }

    public void confirmFile(Context ctx, WebRequest web) {
        confirm(ctx, web, Target.FILE, 200, "");
    }

    public void deleteRelease(Context ctx, WebRequest web) {
        delete(ctx, web, Target.RELEASE);
    }

    public void deleteFile(Context ctx, WebRequest web) {
        delete(ctx, web, Target.FILE);
    }

    private void delete(Context ctx, WebRequest web, Target target) {
        String which = field(ctx, target.field);
        if (!which.equals(field(ctx, "confirm").strip())) {
            confirm(ctx, web, target, 400, "Type the " + (target == Target.FILE ? "file name" : "version") + " exactly as shown: "
                    + which);
            return;
        }
        change(ctx, web, by -> {
            if (target == Target.FILE) {
                managed.deleteFile(by, ctx.pathParam("name"), which);
            } else {
                managed.deleteRelease(by, ctx.pathParam("name"), which);
            }
        }, "Deleted the " + target.noun + " " + which + ".");
    }

    /** The page that asks to type the version or file name; only Owners get it. */
    private void confirm(Context ctx, WebRequest web, Target target, int status, String error) {
        var user = web.requireUser();
        ProjectView view = ProjectRefusals.orRefuse(() -> managed.change(user, ctx.pathParam("name")));
        String which = Optional.ofNullable(ctx.queryParam(target.field)).orElse(field(ctx, target.field));
        pages.render(ctx, web, status, "manage/confirm-delete.jte", target.button,
                Map.of("view", view, "field", target.field, "value", which, "noun", target.noun, "label", target.label,
                        "button", target.button, "error", error,
                        "action", ProjectRefusals.path(view.project().name(), "releases/delete-" + target.noun + "/")));
    }

    @FunctionalInterface
    private interface Change {
        void apply(ActingUser by);
    }

    private void change(Context ctx, WebRequest web, Change change, String done) {
        var user = web.requireUser();
        String name = ctx.pathParam("name");
        try {
            change.apply(new ActingUser(user, Optional.of(web.address())));
        } catch (ProjectException e) {
            throw PageException.refused(e.status(), e.getMessage());
        }
        web.flash(done);
        throw PageException.redirect(ProjectRefusals.path(managed.view(user, name).project().name(), "releases/"));
    }

    private static String field(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("");
    }
}
