package dev.larder.web.ui;

/**
 * Ends a page handler early with a redirect or a refusal; {@link Pages} turns it into the response.
 * Used for the outcomes every handler shares (sign in first, not allowed, no such page), not for
 * form errors, which a handler renders next to the form.
 */
public final class PageException extends RuntimeException {
    private final int status;
    private final String location;

    private PageException(int status, String message, String location) {
        super(message, null, false, false);
        this.status = status;
        this.location = location;
    }

    /** 303 to another page (after a form, or to the sign-in page). */
    public static PageException redirect(String location) {
        return new PageException(303, "See Other", location);
    }

    public static PageException forbidden(String message) {
        return new PageException(403, message, null);
    }

    public static PageException notFound(String message) {
        return new PageException(404, message, null);
    }

    public static PageException badRequest(String message) {
        return new PageException(400, message, null);
    }

    /** A refusal with a facade's 4xx status: 403 and 404 as they are, any other as 400. */
    public static PageException refused(int status, String message) {
        return new PageException(status == 403 || status == 404 ? status : 400, message, null);
    }

    public int status() {
        return status;
    }

    /** The redirect target, or null for a refusal. */
    public String location() {
        return location;
    }
}
