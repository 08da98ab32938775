package dev.larder.accounts.http;

import dev.larder.accounts.AccountException;
import dev.larder.accounts.Registration;
import dev.larder.accounts.RegistrationClosed;
import dev.larder.accounts.SessionsFacade;
import dev.larder.accounts.User;
import dev.larder.web.ui.PageException;
import dev.larder.web.ui.Pages;
import dev.larder.web.ui.WebRequest;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/** The sign-up page; a new user is signed in at once. */
public final class RegistrationPages {
    private static final String HOME = "/manage/projects/";

    private final Pages pages;
    private final Registration registration;
    private final SessionsFacade sessions;

    public RegistrationPages(Pages pages, Registration registration, SessionsFacade sessions) {
        this.pages = pages;
        this.registration = registration;
        this.sessions = sessions;
    }

    public void form(Context ctx, WebRequest web) {
        if (web.user().isPresent()) {
            throw PageException.redirect(HOME);
        }
        web.session();
        show(ctx, web, 200, "", "", null);
    }

    public void register(Context ctx, WebRequest web) {
        String name = field(ctx, "username").strip();
        String email = field(ctx, "email").strip();
        User user;
        try {
            user = registration.register(name, email, field(ctx, "password"), field(ctx, "confirm_password"), web.address());
        } catch (RegistrationClosed e) {
            show(ctx, web, 403, name, email, e.getMessage());
            return;
        } catch (AccountException e) {
            show(ctx, web, 400, name, email, Messages.sentence(e.getMessage()));
            return;
        }
        web.replaceSession(sessions.signIn(web.session(), user.id()));
        web.flash("Welcome, " + user.name() + ". Your account is ready.");
        throw PageException.redirect(HOME);
    }

    private void show(Context ctx, WebRequest web, int status, String name, String email, String error) {
        pages.render(ctx, web, status, "accounts/register.jte", "Create an account", Map.of("open", registration.open(),
                "username", name, "email", email, "error", error == null ? "" : error));
    }

    private static String field(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("");
    }
}
