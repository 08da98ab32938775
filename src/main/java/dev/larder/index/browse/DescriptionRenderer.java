package dev.larder.index.browse;

import java.util.List;
import java.util.Locale;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders a description by its Description-Content-Type. Markdown (CommonMark) becomes HTML with
 * every raw HTML tag escaped to text, link and image URLs limited to http, https, mailto and
 * relative ones, and {@code rel="nofollow ugc"} on links, so author-controlled text can neither run
 * script nor borrow the index's reputation. reStructuredText and plain text (and a missing type)
 * are shown as preformatted plain text: rendering reStructuredText safely needs a full docutils
 * implementation, which Larder deliberately does not carry.
 */
final class DescriptionRenderer {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof Link) {
                    attributes.put("rel", "nofollow ugc");
                }
            })
            .build();

    private DescriptionRenderer() {}

    static RenderedDescription render(String description, String contentType) {
        String text = description == null ? "" : description;
        if (contentType != null && contentType.trim().toLowerCase(Locale.ROOT).startsWith("text/markdown")) {
            return new RenderedDescription(HTML.render(PARSER.parse(text)), null);
        }
        return new RenderedDescription(null, text);
    }
}
