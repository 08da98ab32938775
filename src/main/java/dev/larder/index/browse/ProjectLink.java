package dev.larder.index.browse;

/**
 * A labelled project URL. Only http and https URLs are links ({@code followable}); anything else
 * (which upload validation refuses, but older rows may hold) is shown as text.
 */
public record ProjectLink(String label, String url, boolean followable) {

    public static ProjectLink of(String label, String url) {
        String lower = url.trim().toLowerCase(java.util.Locale.ROOT);
        return new ProjectLink(label, url, lower.startsWith("https://") || lower.startsWith("http://"));
    }
}
