package dev.larder.accounts.http;

import dev.larder.accounts.AccountException;
import dev.larder.accounts.User;
import dev.larder.accounts.UserAdministration;
import dev.larder.web.ui.PageException;
import dev.larder.web.ui.Pages;
import dev.larder.web.ui.WebRequest;
import io.javalin.http.Context;
import java.util.Map;

/** The administration start page and the list of users (disable, enable, reset two-factor). */
public final class AdminUserPages {
    private static final String PAGE = "/admin/users/";

    private final Pages pages;
    private final UserAdministration administration;

    public AdminUserPages(Pages pages, UserAdministration administration) {
        this.pages = pages;
        this.administration = administration;
    }

    public void index(Context ctx, WebRequest web) {
        web.requireAdmin();
        pages.render(ctx, web, "admin/index.jte", "Administration", Map.of());
    }

    public void users(Context ctx, WebRequest web) {
        User admin = web.requireAdmin();
        pages.render(ctx, web, "admin/users.jte", "Users", Map.of("users", administration.users(admin)));
    }

    public void disable(Context ctx, WebRequest web) {
        act(ctx, web, "disable");
    }

    public void enable(Context ctx, WebRequest web) {
        act(ctx, web, "enable");
    }

    public void resetTwoFactor(Context ctx, WebRequest web) {
        act(ctx, web, "reset");
    }

    private void act(Context ctx, WebRequest web, String action) {
        User admin = web.requireAdmin();
        String name = AccountPages.field(ctx, "username");
        User target;
        try {
            target = switch (action) {
                case "disable" -> administration.setDisabled(admin, name, true, web.address());
                case "enable" -> administration.setDisabled(admin, name, false, web.address());
                default -> administration.resetTwoFactor(admin, name, web.address());
            };
        } catch (AccountException e) {
            throw PageException.badRequest(e.getMessage());
        }
        web.flash(switch (action) {
            case "disable" -> target.name() + " is disabled: signed out, and their tokens no longer work.";
            case "enable" -> target.name() + " is enabled again.";
            default -> "Two-factor authentication of " + target.name() + " was reset.";
        });
        throw PageException.redirect(PAGE);
    }
}
