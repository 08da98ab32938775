package dev.larder.web.ui;

import dev.larder.accounts.Session;
import dev.larder.accounts.User;
import java.util.Optional;

/**
 * One page request as the UI sees it: the browser session (started on demand, when a page shows a
 * form and so needs a CSRF token) and the signed-in user. Created by {@link Pages} per request.
 */
public final class WebRequest {
    private final Pages pages;
    private final io.javalin.http.Context ctx;
    private Session session;
    private final Optional<User> user;

    WebRequest(Pages pages, io.javalin.http.Context ctx, Session session, Optional<User> user) {
        this.pages = pages;
        this.ctx = ctx;
        this.session = session;
        this.user = user;
    }

    public Optional<User> user() {
        return user;
    }

    /** The signed-in user, or a redirect to the sign-in page that comes back here afterwards. */
    public User requireUser() {
        return user.orElseThrow(() -> PageException.redirect("/account/login/?next=" + Pages.urlEncode(returnPath())));
    }

    /** The signed-in user if an admin; others are refused. */
    public User requireAdmin() {
        User u = requireUser();
        if (!u.admin()) {
            throw PageException.forbidden("Only an administrator can open this page.");
        }
        return u;
    }

    /** The session, started now if the visitor has none (its cookie goes out with this response). */
    public Session session() {
        if (session == null) {
            session = pages.startSession(ctx);
        }
        return session;
    }

    /** The session if the visitor already has one; never starts one. */
    public Optional<Session> existingSession() {
        return Optional.ofNullable(session);
    }

    /** Replaces the session (after sign-in or sign-out) and sends the new cookie. */
    public void replaceSession(Session replacement) {
        this.session = replacement;
        pages.sendCookie(ctx, replacement);
    }

    public String csrfToken() {
        return session().csrfToken();
    }

    /** Shows the message once on the next page this browser opens. */
    public void flash(String message) {
        pages.flash(session(), message);
    }

    /** The client's address (behind a trusted proxy, the one it forwarded). */
    public String address() {
        return pages.address(ctx);
    }

    private String returnPath() {
        String q = ctx.queryString();
        return ctx.path() + (q == null || q.isEmpty() ? "" : "?" + q);
    }
}
