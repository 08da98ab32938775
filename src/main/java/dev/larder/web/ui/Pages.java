package dev.larder.web.ui;

import dev.larder.accounts.AccountsFacade;
import dev.larder.accounts.Session;
import dev.larder.accounts.SessionsFacade;
import dev.larder.accounts.User;
import dev.larder.web.ClientAddress;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns page handlers into Javalin handlers: it finds the browser session and the signed-in user,
 * checks every form for CSRF before its handler runs, sets the security headers of pages, renders
 * templates inside the layout, and answers {@link PageException}s.
 *
 * <p>CSRF: a form is accepted only when the browser does not say the request is cross-site
 * ({@code Sec-Fetch-Site}), its {@code Origin}, when sent, is this server, and its
 * {@code csrf_token} field equals the token of the session (compared in constant time). The
 * session cookie is also {@code SameSite=Lax} and {@code HttpOnly}, and {@code Secure} (with the
 * {@code __Host-} prefix) whenever the index is reached over HTTPS.
 */
public final class Pages {
    public static final String CSRF_FIELD = "csrf_token";
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
            + "script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    private static final String REQUEST = "larder.web-request";

    private final SessionsFacade sessions;
    private final AccountsFacade accounts;
    private final PageRenderer renderer;
    private final boolean secure;
    private final Optional<URI> baseUrl;
    private final String cookieName;
    private final ClientAddress clientAddress;

    /**
     * @param secure whether browsers reach this index over HTTPS (TLS here, or an https base URL
     *               behind a proxy); the session cookie is then {@code Secure}
     */
    public Pages(SessionsFacade sessions, AccountsFacade accounts, PageRenderer renderer, boolean secure, Optional<URI> baseUrl,
                 ClientAddress clientAddress) {
        this.clientAddress = clientAddress;
        this.sessions = sessions;
        this.accounts = accounts;
        this.renderer = renderer;
        this.secure = secure;
        this.baseUrl = baseUrl;
        this.cookieName = secure ? "__Host-larder-session" : "larder-session";
    }

    /** A page shown with GET. */
    public Handler page(PageHandler handler) {
        return ctx -> run(ctx, handler, false);
    }

    /** A form's target: refused unless it passes the CSRF checks. */
    public Handler form(PageHandler handler) {
        return ctx -> run(ctx, handler, true);
    }

    private void run(Context ctx, PageHandler handler, boolean form) throws Exception {
        securityHeaders(ctx);
        WebRequest web = request(ctx);
        try {
            if (form) {
                checkForm(ctx, web);
            }
            handler.handle(ctx, web);
        } catch (PageException e) {
            answer(ctx, web, e);
        }
    }

    /** The request's {@link WebRequest}: the session its cookie names (if live) and that session's user. */
    public WebRequest request(Context ctx) {
        WebRequest existing = ctx.attribute(REQUEST);
        if (existing != null) {
            return existing;
        }
        Optional<Session> session = Optional.ofNullable(ctx.cookie(cookieName)).flatMap(sessions::resume);
        Optional<User> user = session.flatMap(Session::userId).flatMap(accounts::byId);
        if (user.isPresent() && user.get().disabled()) {
            sessions.signOut(session.get());
            session = Optional.empty();
            user = Optional.empty();
        }
        WebRequest web = new WebRequest(this, ctx, session.orElse(null), user);
        ctx.attribute(REQUEST, web);
        return web;
    }

    /** Renders the template inside the layout with status 200. */
    public void render(Context ctx, WebRequest web, String template, String title, Map<String, Object> model) {
        render(ctx, web, 200, template, title, model);
    }

    public void render(Context ctx, WebRequest web, int status, String template, String title, Map<String, Object> model) {
        Map<String, Object> params = new HashMap<>(model);
        params.put("shell", shell(ctx, web, title));
        byte[] body = renderer.render(template, params);
        ctx.status(status);
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(body);
    }

    private Shell shell(Context ctx, WebRequest web, String title) {
        Optional<User> user = web.user();
        // Every page may carry a form (sign out, search is GET): a signed-in user always has a session.
        String csrf = web.existingSession().map(Session::csrfToken).orElse(null);
        String flash = web.existingSession().flatMap(sessions::takeFlash).orElse(null);
        return new Shell(title, user.map(User::name).orElse(null), user.map(User::admin).orElse(false), csrf, flash, ctx.path());
    }

    private void answer(Context ctx, WebRequest web, PageException e) {
        if (e.location() != null) {
            ctx.status(303);
            ctx.header("Location", e.location());
            ctx.result("");
            return;
        }
        render(ctx, web, e.status(), "error.jte", titleFor(e.status()), Map.of("message", e.getMessage()));
    }

    private static String titleFor(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            default -> "Error";
        };
    }

    private void checkForm(Context ctx, WebRequest web) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            throw PageException.forbidden("This form was sent from another site, so it was refused. Open the page on this site and send it again.");
        }
        String origin = ctx.header("Origin");
        if (origin != null && !isThisServer(origin, ctx)) {
            throw PageException.forbidden("This form was sent from another site (" + origin + "), so it was refused.");
        }
        String sent = ctx.formParam(CSRF_FIELD);
        Optional<Session> session = web.existingSession();
        if (sent == null || session.isEmpty()
                || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), session.get().csrfToken().getBytes(StandardCharsets.UTF_8))) {
            throw PageException.forbidden("The form's security token is missing or out of date (it changes when you sign in or out). "
                    + "Reload the page and send the form again.");
        }
    }

    private boolean isThisServer(String origin, Context ctx) {
        URI o;
        try {
            o = URI.create(origin);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (o.getHost() == null) {
            return false;
        }
        String authority = o.getHost().toLowerCase(Locale.ROOT) + (o.getPort() == -1 ? "" : ":" + o.getPort());
        if (baseUrl.isPresent()) {
            URI b = baseUrl.get();
            String base = b.getHost().toLowerCase(Locale.ROOT) + (b.getPort() == -1 ? "" : ":" + b.getPort());
            if (base.equals(authority)) {
                return true;
            }
        }
        String host = ctx.header("Host");
        return host != null && host.toLowerCase(Locale.ROOT).equals(authority);
    }

    Session startSession(Context ctx) {
        Session s = sessions.startAnonymous();
        sendCookie(ctx, s);
        return s;
    }

    void sendCookie(Context ctx, Session session) {
        StringBuilder c = new StringBuilder(cookieName).append('=').append(session.id())
                .append("; Path=/; HttpOnly; SameSite=Lax");
        if (session.signedIn()) {
            c.append("; Max-Age=").append(SessionsFacade.ABSOLUTE.toSeconds());
        }
        if (secure) {
            c.append("; Secure");
        }
        ctx.res().addHeader("Set-Cookie", c.toString());
    }

    /** Sends a cookie that makes the browser forget the session. */
    public void clearCookie(Context ctx) {
        ctx.res().addHeader("Set-Cookie", cookieName + "=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0" + (secure ? "; Secure" : ""));
    }

    /** The client's address: the connection's, or the one trusted proxies forwarded. */
    String address(Context ctx) {
        return clientAddress.of(ctx.req().getRemoteAddr(), java.util.Collections.list(ctx.req().getHeaders("X-Forwarded-For")));
    }

    void flash(Session session, String message) {
        sessions.flash(session, message);
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        // Pages differ by who is signed in and carry CSRF tokens: never cached.
        ctx.header("Cache-Control", "no-store");
    }

    /** Only paths on this site are followed after sign-in, so a link cannot send a user elsewhere. */
    public static String safeNext(String next, String fallback) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(ch -> ch < 0x20)) {
            return fallback;
        }
        return next;
    }

    /** 301 to the same path with a trailing slash, query kept. */
    public static void addSlash(Context ctx) {
        String q = ctx.queryString();
        ctx.status(301);
        ctx.header("Location", ctx.path() + "/" + (q == null || q.isEmpty() ? "" : "?" + q));
    }

    public static String urlEncode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
