package dev.larder.accounts.http;

import dev.larder.accounts.SecurityLog;
import dev.larder.accounts.SessionsFacade;
import dev.larder.accounts.SignInFacade;
import dev.larder.accounts.SignInFacade.Outcome;
import dev.larder.accounts.User;
import dev.larder.web.ui.PageException;
import dev.larder.web.ui.Pages;
import dev.larder.web.ui.WebRequest;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/** Sign in (password, then the second factor for users who have it) and sign out. */
public final class SignInPages {
    private static final String HOME = "/manage/projects/";

    private final Pages pages;
    private final SignInFacade signIn;
    private final SessionsFacade sessions;
    private final SecurityLog log;

    public SignInPages(Pages pages, SignInFacade signIn, SessionsFacade sessions, SecurityLog log) {
        this.pages = pages;
        this.signIn = signIn;
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
        Outcome outcome = signIn.withPassword(name, password, web.address());
        if (outcome instanceof Outcome.Refused r) {
            show(ctx, web, r.status(), name, next, r.message());
            return;
        }
        if (outcome instanceof Outcome.SecondFactorNeeded s) {
            web.replaceSession(sessions.awaitSecondFactor(web.session(), s.user().id()));
            throw PageException.redirect("/account/two-factor/?next=" + Pages.urlEncode(next));
        }
        signedIn(web, ((Outcome.SignedIn) outcome).user(), next);
    }

    /** The second step: only for a session whose password step succeeded and has not expired. */
    public void codeForm(Context ctx, WebRequest web) {
        pendingUser(web);
        showCode(ctx, web, 200, Pages.safeNext(ctx.queryParam("next"), HOME), null);
    }

    public void code(Context ctx, WebRequest web) {
        long pending = pendingUser(web);
        String next = Pages.safeNext(ctx.formParam("next"), HOME);
        String code = Optional.ofNullable(ctx.formParam("code")).orElse("").strip();
        if (code.isEmpty()) {
            showCode(ctx, web, 400, next, "Enter the code from your authenticator app, or a recovery code.");
            return;
        }
        Outcome outcome = signIn.withCode(pending, code, web.address());
        if (outcome instanceof Outcome.Refused r) {
            showCode(ctx, web, r.status(), next, r.message());
            return;
        }
        signedIn(web, ((Outcome.SignedIn) outcome).user(), next);
    }

    public void signOut(Context ctx, WebRequest web) {
        web.user().ifPresent(u -> log.user(u.id(), "sign-out", u.name(), "Signed out", Optional.of(web.address())));
        web.existingSession().ifPresent(sessions::signOut);
        pages.clearCookie(ctx);
        throw PageException.redirect("/");
    }

    private void signedIn(WebRequest web, User user, String next) {
        web.replaceSession(sessions.signIn(web.session(), user.id()));
        throw PageException.redirect(next);
    }

    private static long pendingUser(WebRequest web) {
        return web.existingSession().flatMap(s -> s.pendingUserId()).orElseThrow(() ->
                PageException.redirect("/account/login/"));
    }

    private void show(Context ctx, WebRequest web, int status, String name, String next, String error) {
        pages.render(ctx, web, status, "accounts/login.jte", "Sign in",
                Map.of("username", name, "next", next, "error", error == null ? "" : error));
    }

    private void showCode(Context ctx, WebRequest web, int status, String next, String error) {
        pages.render(ctx, web, status, "accounts/two-factor-step.jte", "Two-factor authentication",
                Map.of("next", next, "error", error == null ? "" : error));
    }
}
