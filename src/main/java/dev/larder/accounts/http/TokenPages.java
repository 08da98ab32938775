package dev.larder.accounts.http;

import dev.larder.accounts.AccountException;
import dev.larder.accounts.User;
import dev.larder.tokens.UserTokens;
import dev.larder.web.ui.PageException;
import dev.larder.web.ui.Pages;
import dev.larder.web.ui.WebRequest;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The user's API tokens: create one (its secret shown once), list them, revoke them. */
public final class TokenPages {
    private static final String PAGE = "/manage/account/token/";
    /** The choices of the "Expires" select, by form value. */
    private static final Map<String, Duration> LIFETIMES = Map.of(
            "30d", Duration.ofDays(30), "90d", Duration.ofDays(90), "1y", Duration.ofDays(365));

    private final Pages pages;
    private final UserTokens tokens;

    public TokenPages(Pages pages, UserTokens tokens) {
        this.pages = pages;
        this.tokens = tokens;
    }

    public void page(Context ctx, WebRequest web) {
        show(ctx, web, 200, web.requireUser(), "", "", "", null);
    }

    public void create(Context ctx, WebRequest web) {
        User user = web.requireUser();
        String name = AccountPages.field(ctx, "name");
        String scope = AccountPages.field(ctx, "scope");
        String expires = AccountPages.field(ctx, "expires");
        if (!expires.isEmpty() && !expires.equals("never") && !LIFETIMES.containsKey(expires)) {
            show(ctx, web, 400, user, name, scope, "", "Choose when the token expires from the list.");
            return;
        }
        String secret;
        try {
            secret = tokens.create(user, name, Optional.of(scope).filter(s -> !s.isEmpty()),
                    Optional.ofNullable(LIFETIMES.get(expires)), web.address());
        } catch (AccountException e) {
            show(ctx, web, 400, user, name, scope, "", e.getMessage());
            return;
        }
        // Rendered, not redirected: the secret is shown on this one response and never stored.
        show(ctx, web, 200, user, "", "", secret, null);
    }

    public void revoke(Context ctx, WebRequest web) {
        User user = web.requireUser();
        try {
            tokens.revoke(user, AccountPages.field(ctx, "token_id"), web.address());
        } catch (AccountException e) {
            show(ctx, web, 404, user, "", "", "", e.getMessage());
            return;
        }
        web.flash("The token was revoked; it no longer works.");
        throw PageException.redirect(PAGE);
    }

    private void show(Context ctx, WebRequest web, int status, User user, String name, String scope, String newToken, String error) {
        pages.render(ctx, web, status, "accounts/tokens.jte", "API tokens", Map.of(
                "tokens", tokens.list(user), "scopes", tokens.scopes(user), "name", name, "scope", scope,
                "newToken", newToken, "error", error == null ? "" : error));
    }
}
