package dev.larder.index.browse;

/**
 * A release description ready for the page: either {@code html} (Markdown rendered with raw HTML
 * escaped and only safe link schemes kept, so the template may insert it unescaped) or
 * {@code text} to be shown escaped as preformatted text. Exactly one is non-null.
 */
public record RenderedDescription(String html, String text) {

    public boolean markdown() {
        return html != null;
    }

    public boolean empty() {
        return html == null && (text == null || text.isBlank());
    }
}
