package dev.larder.index.pages;

import dev.larder.index.browse.BrowseFacade;
import dev.larder.index.browse.UserPage;
import dev.larder.web.ui.PageException;
import dev.larder.web.ui.Pages;
import dev.larder.web.ui.WebRequest;
import io.javalin.http.Context;
import java.util.Map;

/** {@code /user/<name>/}: a user's projects and roles. */
public final class UserPages {
    private final Pages pages;
    private final BrowseFacade browse;

    public UserPages(Pages pages, BrowseFacade browse) {
        this.pages = pages;
        this.browse = browse;
    }

    public void user(Context ctx, WebRequest web) {
        String name = ctx.pathParam("name");
        UserPage user = browse.user(name).orElseThrow(() -> PageException.notFound("There is no user named '" + name + "' on this index."));
        pages.render(ctx, web, "index/user.jte", "Profile of " + user.name(), Map.of("user", user));
    }
}
