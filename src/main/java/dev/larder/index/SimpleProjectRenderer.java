package dev.larder.index;

import dev.larder.projects.DistFile;
import dev.larder.projects.ProjectDetail;
import dev.larder.projects.Release;
import dev.larder.web.http.HtmlText;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders {@code /simple/<project>/} as PyPI does (API version 1.4): files ordered by release
 * version then filename; per file the sha256, requires-python of its release, size, upload time,
 * yank state of its release, and the PEP 658 metadata hash when a {@code .metadata} file exists.
 * Only {@code core-metadata} and PyPI's {@code data-dist-info-metadata} are written in JSON:
 * never {@code dist-info-metadata}, which crashes pip 22.3-23.1.
 */
final class SimpleProjectRenderer {
    static final String API_VERSION = "1.4";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final FileUrls urls;

    SimpleProjectRenderer(FileUrls urls) {
        this.urls = urls;
    }

    private record Entry(DistFile file, Release release) {}

    private static List<Entry> entries(ProjectDetail d) {
        Map<Long, Release> releases = new HashMap<>();
        d.releases().forEach(r -> releases.put(r.id(), r));
        List<Entry> out = new ArrayList<>();
        for (DistFile f : d.files()) {
            out.add(new Entry(f, releases.get(f.releaseId())));
        }
        out.sort(Comparator.comparing((Entry e) -> e.release, ReleaseOrder.ASCENDING)
                .thenComparing(e -> e.file.filename()));
        return out;
    }

    /** Versions that have files (PEP 700), ascending. */
    private static List<String> versions(ProjectDetail d) {
        java.util.Set<Long> withFiles = new java.util.HashSet<>();
        d.files().forEach(f -> withFiles.add(f.releaseId()));
        return d.releases().stream().filter(r -> withFiles.contains(r.id())).sorted(ReleaseOrder.ASCENDING)
                .map(Release::version).toList();
    }

    byte[] html(ProjectDetail d) {
        String name = HtmlText.escape(d.project().normalizedName());
        StringBuilder b = new StringBuilder(512 + d.files().size() * 400);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n  <head>\n")
                .append("    <meta name=\"pypi:repository-version\" content=\"").append(API_VERSION).append("\">\n")
                .append("    <meta name=\"pypi:project-status\" content=\"active\">\n")
                .append("    <title>Links for ").append(name).append("</title>\n  </head>\n  <body>\n")
                .append("    <h1>Links for ").append(name).append("</h1>\n");
        for (Entry e : entries(d)) {
            DistFile f = e.file;
            b.append("    <a href=\"").append(HtmlText.escape(urls.file(f.path()))).append("#sha256=").append(f.sha256()).append('"');
            e.release.requiresPython().ifPresent(rp -> b.append(" data-requires-python=\"").append(HtmlText.escape(rp)).append('"'));
            if (e.release.yanked()) {
                b.append(" data-yanked=\"").append(HtmlText.escape(e.release.yankedReason().orElse(""))).append('"');
            }
            f.metadataSha256().ifPresent(m -> b.append(" data-dist-info-metadata=\"sha256=").append(m)
                    .append("\" data-core-metadata=\"sha256=").append(m).append('"'));
            b.append('>').append(HtmlText.escape(f.filename())).append("</a><br />\n");
        }
        b.append("  </body>\n</html>\n<!--SERIAL ").append(d.project().lastSerial()).append("-->");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] json(ProjectDetail d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 + d.files().size() * 500);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeObjectPropertyStart("meta");
            g.writeStringProperty("api-version", API_VERSION);
            g.writeNumberProperty("_last-serial", d.project().lastSerial());
            g.writeEndObject();
            g.writeStringProperty("name", d.project().normalizedName());
            g.writeObjectPropertyStart("project-status");
            g.writeStringProperty("status", "active");
            g.writeEndObject();
            g.writeArrayPropertyStart("versions");
            for (String v : versions(d)) {
                g.writeString(v);
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("files");
            for (Entry e : entries(d)) {
                writeFile(g, e);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        return out.toByteArray();
    }

    private void writeFile(JsonGenerator g, Entry e) {
        DistFile f = e.file;
        g.writeStartObject();
        g.writeStringProperty("filename", f.filename());
        g.writeStringProperty("url", urls.file(f.path()));
        g.writeObjectPropertyStart("hashes");
        g.writeStringProperty("sha256", f.sha256());
        g.writeEndObject();
        if (e.release.requiresPython().isPresent()) {
            g.writeStringProperty("requires-python", e.release.requiresPython().get());
        } else {
            g.writeNullProperty("requires-python");
        }
        g.writeNumberProperty("size", f.size());
        g.writeStringProperty("upload-time", PepTimes.iso8601(f.uploadTime()));
        if (e.release.yanked()) {
            String reason = e.release.yankedReason().orElse("");
            if (reason.isEmpty()) {
                g.writeBooleanProperty("yanked", true);
            } else {
                g.writeStringProperty("yanked", reason);
            }
        } else {
            g.writeBooleanProperty("yanked", false);
        }
        for (String key : List.of("data-dist-info-metadata", "core-metadata")) {
            if (f.metadataSha256().isPresent()) {
                g.writeObjectPropertyStart(key);
                g.writeStringProperty("sha256", f.metadataSha256().get());
                g.writeEndObject();
            } else {
                g.writeBooleanProperty(key, false);
            }
        }
        g.writeNullProperty("provenance");
        g.writeEndObject();
    }
}
