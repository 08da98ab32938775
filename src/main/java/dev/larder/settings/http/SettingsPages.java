package dev.larder.settings.http;

import dev.larder.accounts.User;
import dev.larder.settings.InstanceSettings;
import dev.larder.web.ui.PageException;
import dev.larder.web.ui.Pages;
import dev.larder.web.ui.WebRequest;
import io.javalin.http.Context;
import java.util.Map;

/** {@code /admin/settings/}: the run-time settings of the index. */
public final class SettingsPages {
    private final Pages pages;
    private final InstanceSettings settings;

    public SettingsPages(Pages pages, InstanceSettings settings) {
        this.pages = pages;
        this.settings = settings;
    }

    public void page(Context ctx, WebRequest web) {
        web.requireAdmin();
        pages.render(ctx, web, "admin/settings.jte", "Settings", Map.of("registrationOpen", settings.registrationOpen()));
    }

    public void save(Context ctx, WebRequest web) {
        User admin = web.requireAdmin();
        // An unticked checkbox sends nothing: absence means "closed".
        settings.setRegistrationOpen(admin, "open".equals(ctx.formParam("registration")));
        web.flash("Settings saved.");
        throw PageException.redirect("/admin/settings/");
    }
}
