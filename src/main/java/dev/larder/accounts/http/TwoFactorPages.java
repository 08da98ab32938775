package dev.larder.accounts.http;

import dev.larder.accounts.AccountException;
import dev.larder.accounts.TwoFactor;
import dev.larder.accounts.User;
import dev.larder.web.ui.PageException;
import dev.larder.web.ui.Pages;
import dev.larder.web.ui.WebRequest;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turning the second factor on (scan or type the secret, prove it with a code, keep the recovery
 * codes shown once) and off (with a current code).
 */
public final class TwoFactorPages {
    private static final String PAGE = "/manage/account/two-factor/";

    private final Pages pages;
    private final TwoFactor twoFactor;

    public TwoFactorPages(Pages pages, TwoFactor twoFactor) {
        this.pages = pages;
        this.twoFactor = twoFactor;
    }

    public void page(Context ctx, WebRequest web) {
        User user = web.requireUser();
        show(ctx, web, 200, user, twoFactor.newSecret(), null, List.of());
    }

    public void enable(Context ctx, WebRequest web) {
        User user = web.requireUser();
        String secret = AccountPages.field(ctx, "secret");
        List<String> codes;
        try {
            codes = twoFactor.enable(user, secret, AccountPages.field(ctx, "code"), Optional.of(web.address()));
        } catch (AccountException e) {
            // The same secret again, so a person who already added it to the app need not start over.
            show(ctx, web, 400, user, secret.matches("[A-Z2-7]{32}") ? secret : twoFactor.newSecret(), e.getMessage(), List.of());
            return;
        }
        show(ctx, web, 200, user, "", null, codes);
    }

    public void regenerate(Context ctx, WebRequest web) {
        User user = web.requireUser();
        List<String> codes;
        try {
            codes = twoFactor.regenerateRecoveryCodes(user, AccountPages.field(ctx, "code"), Optional.of(web.address()));
        } catch (AccountException e) {
            show(ctx, web, 400, user, "", e.getMessage(), List.of());
            return;
        }
        show(ctx, web, 200, user, "", null, codes);
    }

    public void disable(Context ctx, WebRequest web) {
        User user = web.requireUser();
        try {
            twoFactor.disable(user, AccountPages.field(ctx, "code"), Optional.of(web.address()));
        } catch (AccountException e) {
            show(ctx, web, 400, user, "", e.getMessage(), List.of());
            return;
        }
        web.flash("Two-factor authentication is off.");
        throw PageException.redirect(PAGE);
    }

    private void show(Context ctx, WebRequest web, int status, User user, String secret, String error, List<String> recoveryCodes) {
        boolean on = twoFactor.enabled(user.id());
        pages.render(ctx, web, status, "accounts/two-factor.jte", "Two-factor authentication", Map.of(
                "enabled", on,
                "secret", on ? "" : secret,
                "otpauth", on ? "" : TwoFactor.otpauthUri(user.name(), secret),
                "qrCode", on ? "" : QrCodeSvg.dataUrl(TwoFactor.otpauthUri(user.name(), secret)),
                "recoveryCodes", recoveryCodes,
                "recoveryCodesLeft", on ? twoFactor.recoveryCodesLeft(user.id()) : 0,
                "error", error == null ? "" : error));
    }
}
