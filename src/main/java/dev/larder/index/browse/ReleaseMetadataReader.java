package dev.larder.index.browse;

import dev.larder.projects.Release;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Reads a release's stored metadata (the JSON API's {@code info} keys) for the page. */
final class ReleaseMetadataReader {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final JsonNode meta;

    ReleaseMetadataReader(Release release) {
        this.meta = JSON.readTree(release.metadataJson());
    }

    String summary() {
        return text("summary").orElse("");
    }

    RenderedDescription description() {
        return DescriptionRenderer.render(text("description").orElse(""), text("description_content_type").orElse(null));
    }

    ReleaseMetadata metadata(Release release) {
        return new ReleaseMetadata(text("license"), text("license_expression"), release.requiresPython(),
                text("author"), text("author_email"), text("maintainer"), text("maintainer_email"), links(),
                list("classifiers"), keywords());
    }

    /** Home-page and Download-URL first, then the Project-URL entries, as the JSON API lists them. */
    private List<ProjectLink> links() {
        List<ProjectLink> links = new ArrayList<>();
        text("home_page").ifPresent(u -> links.add(ProjectLink.of("Homepage", u)));
        text("download_url").ifPresent(u -> links.add(ProjectLink.of("Download", u)));
        JsonNode urls = meta.path("project_urls");
        if (urls.isObject()) {
            for (var e : urls.properties()) {
                if (e.getValue().isString()) {
                    links.add(ProjectLink.of(e.getKey(), e.getValue().asString()));
                }
            }
        }
        return links;
    }

    private List<String> keywords() {
        return text("keywords").map(k -> Arrays.stream(k.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    private Optional<String> text(String key) {
        JsonNode v = meta.get(key);
        return v != null && v.isString() && !v.asString().isBlank() ? Optional.of(v.asString()) : Optional.empty();
    }

    private List<String> list(String key) {
        JsonNode v = meta.path(key);
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(item -> {
                if (item.isString()) {
                    out.add(item.asString());
                }
            });
        }
        return out;
    }
}
