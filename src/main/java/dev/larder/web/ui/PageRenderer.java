package dev.larder.web.ui;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Renders the jte templates under {@code src/main/jte}, compiled to classes at build time (so a
 * template error fails the build, not a request). jte escapes every value by its HTML context.
 */
public final class PageRenderer {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    public byte[] render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        engine.render(template, params, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
