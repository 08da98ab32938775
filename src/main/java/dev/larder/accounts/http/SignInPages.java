package dev.larder.accounts.http;

import dev.larder.accounts.AccountsFacade;
import dev.larder.accounts.SecurityLog;
import dev.larder.accounts.SessionsFacade;
import dev.larder.accounts.User;
import dev.larder.web.ui.PageException;
import dev.larder.web.ui.Pages;
import dev.larder.web.ui.WebRequest;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/** Sign in and sign out. */
public final class SignInPages {
    private static final String HOME = "/manage/projects/";

    private final Pages pages;
    private final AccountsFacade accounts;
    private final SessionsFacade sessions;
    private final SecurityLog log;

    public SignInPages(Pages pages, AccountsFacade accounts, SessionsFacade sessions, SecurityLog log) {
        this.pages = pages;
        this.accounts = accounts;
        this.sessions = sessions;
        this.log = log;
    }

    public void form(Context ctx, WebRequest web) {
        String next = Pages.safeNext(ctx.queryParam("next"), HOME);
        if (web.user().isPresent()) {
            throw PageException.redirect(next);
        }
        web.session();
        show(ctx, web, 200, "", next, null);
    }

    public void signIn(Context ctx, WebRequest web) {
        String name = Optional.ofNullable(ctx.formParam("username")).orElse("").strip();
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        String next = Pages.safeNext(ctx.formParam("next"), HOME);
        if (name.isEmpty() || password.isEmpty()) {
            show(ctx, web, 400, name, next, "Enter your user name and your password.");
            return;
        }
        Optional<User> user = accounts.authenticate(name, password);
        if (user.isEmpty()) {
            show(ctx, web, 401, name, next, "The user name or the password is wrong.");
            return;
        }
        web.replaceSession(sessions.signIn(web.session(), user.get().id()));
        log.user(user.get().id(), "sign-in", user.get().name(), "Signed in with the password", Optional.of(web.address()));
        throw PageException.redirect(next);
    }

    public void signOut(Context ctx, WebRequest web) {
        web.user().ifPresent(u -> log.user(u.id(), "sign-out", u.name(), "Signed out", Optional.of(web.address())));
        web.existingSession().ifPresent(sessions::signOut);
        pages.clearCookie(ctx);
        throw PageException.redirect("/");
    }

    private void show(Context ctx, WebRequest web, int status, String name, String next, String error) {
        pages.render(ctx, web, status, "accounts/login.jte", "Sign in",
                Map.of("username", name, "next", next, "error", error == null ? "" : error));
    }
}
