package dev.larder.upload;

import dev.larder.packaging.Requirement;
import dev.larder.packaging.metadata.UploadMetadata;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The release metadata kept from the first upload of a release, as JSON whose keys are the JSON
 * API's {@code info} keys, so the read side copies values without knowing the upload form.
 */
final class ReleaseMetadataJson {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private ReleaseMetadataJson() {}

    static String of(UploadMetadata m) {
        ObjectNode o = JSON.createObjectNode();
        o.put("metadata_version", m.metadataVersion());
        text(o, "summary", m.summary());
        text(o, "description", m.description());
        text(o, "description_content_type", m.descriptionContentType());
        text(o, "keywords", m.keywords().isEmpty() ? null : String.join(",", m.keywords()));
        text(o, "home_page", m.homePage());
        text(o, "download_url", m.downloadUrl());
        text(o, "author", m.author());
        text(o, "author_email", m.authorEmail());
        text(o, "maintainer", m.maintainer());
        text(o, "maintainer_email", m.maintainerEmail());
        text(o, "license", m.license());
        text(o, "license_expression", m.licenseExpression());
        text(o, "platform", m.platforms().isEmpty() ? null : m.platforms().get(0));
        list(o, "license_files", m.licenseFiles());
        list(o, "classifiers", m.classifiers());
        list(o, "requires_dist", m.requiresDist().stream().map(Requirement::toString).toList());
        list(o, "provides_extra", m.providesExtra());
        list(o, "dynamic", m.dynamic().stream().map(ReleaseMetadataJson::titleCase).toList());
        ObjectNode urls = o.putObject("project_urls");
        m.projectUrls().forEach(urls::put);
        return JSON.writeValueAsString(o);
    }

    private static void text(ObjectNode o, String key, String value) {
        if (value != null && !value.isEmpty()) {
            o.put(key, value);
        }
    }

    private static void list(ObjectNode o, String key, List<String> values) {
        ArrayNode a = o.putArray(key);
        values.forEach(a::add);
    }

    /** {@code license-file} becomes {@code License-File}, as the JSON API spells dynamic fields. */
    private static String titleCase(String field) {
        StringBuilder b = new StringBuilder();
        for (String part : field.split("-")) {
            if (!b.isEmpty()) {
                b.append('-');
            }
            if (!part.isEmpty()) {
                b.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return b.toString();
    }
}
