package dev.larder.accounts.http;

import dev.larder.accounts.AccountException;
import dev.larder.accounts.PasswordChange;
import dev.larder.accounts.SecurityLog;
import dev.larder.accounts.TwoFactor;
import dev.larder.accounts.User;
import dev.larder.web.ui.PageException;
import dev.larder.web.ui.Pages;
import dev.larder.web.ui.WebRequest;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/** The signed-in user's account: the overview, changing the password, and the security history. */
public final class AccountPages {
    private static final int HISTORY_ROWS = 200;

    private final Pages pages;
    private final PasswordChange passwords;
    private final TwoFactor twoFactor;
    private final SecurityLog log;

    public AccountPages(Pages pages, PasswordChange passwords, TwoFactor twoFactor, SecurityLog log) {
        this.pages = pages;
        this.passwords = passwords;
        this.twoFactor = twoFactor;
        this.log = log;
    }

    public void overview(Context ctx, WebRequest web) {
        User user = web.requireUser();
        pages.render(ctx, web, "accounts/overview.jte", "Your account", Map.of("user", user,
                "twoFactor", twoFactor.enabled(user.id()), "recoveryCodesLeft", twoFactor.recoveryCodesLeft(user.id())));
    }

    public void passwordForm(Context ctx, WebRequest web) {
        web.requireUser();
        showPassword(ctx, web, 200, null);
    }

    public void changePassword(Context ctx, WebRequest web) {
        User user = web.requireUser();
        try {
            passwords.change(user, web.session(), field(ctx, "current_password"), field(ctx, "new_password"),
                    field(ctx, "confirm_password"), web.address());
        } catch (AccountException e) {
            showPassword(ctx, web, 400, Messages.sentence(e.getMessage()));
            return;
        }
        web.flash("Your password was changed. Your other sessions were signed out.");
        throw PageException.redirect("/manage/account/");
    }

    public void history(Context ctx, WebRequest web) {
        User user = web.requireUser();
        pages.render(ctx, web, "accounts/history.jte", "Security history",
                Map.of("events", log.ofUser(user.id(), HISTORY_ROWS)));
    }

    private void showPassword(Context ctx, WebRequest web, int status, String error) {
        pages.render(ctx, web, status, "accounts/password.jte", "Change password", Map.of("error", error == null ? "" : error));
    }

    static String field(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("");
    }
}
