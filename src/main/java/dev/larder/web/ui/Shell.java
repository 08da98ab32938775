package dev.larder.web.ui;

/**
 * What the common layout needs on every page: the title, who is signed in (null: nobody), the
 * CSRF token for forms on the page, and a one-time message carried over a redirect (null: none).
 */
public record Shell(String title, String userName, boolean admin, String csrfToken, String flash, String path) {

    public boolean signedIn() {
        return userName != null;
    }
}
