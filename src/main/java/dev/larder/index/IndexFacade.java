package dev.larder.index;

import dev.larder.projects.Project;
import dev.larder.projects.ProjectDetail;
import dev.larder.projects.ProjectRepository;
import dev.larder.web.http.HtmlText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The Simple API's use cases: one project's page, and the streamed list of all projects. */
public final class IndexFacade {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final ProjectRepository projects;
    private final SimpleProjectRenderer renderer;
    private final FileUrls urls;
    /** 10,000 projects in both formats, or 20,000 in the one installers ask for. */
    private final ProjectPageCache cache = new ProjectPageCache(20_000);

    private final String renderingEpoch;

    public IndexFacade(ProjectRepository projects, FileUrls urls) {
        this.projects = projects;
        this.renderer = new SimpleProjectRenderer(urls);
        this.urls = urls;
        this.renderingEpoch = renderingEpoch(urls);
    }

    /**
     * What a project page depends on besides the project's own rows: this build of Larder and the
     * configured base URL. With the project's serial (which moves on every change to the project)
     * it makes the page's ETag, so a page never has to be hashed.
     */
    private static String renderingEpoch(FileUrls urls) {
        String version = Optional.ofNullable(IndexFacade.class.getPackage().getImplementationVersion()).orElse("dev");
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest((version + "|" + urls.base().orElse("")).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String pageEtag(long serial, SimpleFormat format) {
        return "\"s" + serial + "-" + renderingEpoch + (format.isJson() ? "-json" : "-html") + "\"";
    }

    /** The project's page in the format asked for, or empty when there is no such project. */
    public Optional<SimplePage> projectPage(String normalizedName, SimpleFormat format) {
        Optional<Project> project = projects.byNormalizedName(normalizedName);
        if (project.isEmpty()) {
            return Optional.empty();
        }
        ProjectPageCache.Key key = new ProjectPageCache.Key(normalizedName, format.isJson());
        ProjectPageCache.Rendered r = cache.get(key, project.get().lastSerial());
        if (r == null) {
            ProjectDetail detail = projects.listing(project.get());
            r = format.isJson() ? renderJson(detail) : renderHtml(detail);
            cache.put(key, r);
        }
        return Optional.of(format == SimpleFormat.HTML_V1 ? r.htmlV1() : r.page());
    }

    private ProjectPageCache.Rendered renderJson(ProjectDetail d) {
        byte[] json = renderer.json(d);
        return new ProjectPageCache.Rendered(d.project().lastSerial(),
                SimplePage.of(json, SimpleFormat.JSON_V1.contentType(), pageEtag(d.project().lastSerial(), SimpleFormat.JSON_V1),
                        d.project().lastSerial()), null);
    }

    private ProjectPageCache.Rendered renderHtml(ProjectDetail d) {
        long serial = d.project().lastSerial();
        byte[] html = renderer.html(d);
        String htmlTag = pageEtag(serial, SimpleFormat.HTML);
        SimplePage htmlPage = SimplePage.of(html, SimpleFormat.HTML.contentType(), htmlTag, serial);
        return new ProjectPageCache.Rendered(serial, htmlPage,
                new SimplePage(html, htmlPage.gzipped(), SimpleFormat.HTML_V1.contentType(),
                        htmlTag.substring(0, htmlTag.length() - 1) + "-v1\"", serial));
    }

    public long globalSerial() {
        return projects.globalSerial();
    }

    /** A validator for the root page: it changes whenever any project is added, renamed or removed. */
    public String rootEtag(long serial, SimpleFormat format) {
        return "\"root-" + serial + "-" + format.ordinal() + "\"";
    }

    /** Streams {@code /simple/}: rows are written as they come from the database, never all held at once. */
    public void writeRoot(OutputStream out, SimpleFormat format, long serial) {
        try {
            if (format.isJson()) {
                try (JsonGenerator g = JSON.createGenerator(out)) {
                    g.writeStartObject();
                    g.writeObjectPropertyStart("meta");
                    g.writeStringProperty("api-version", SimpleProjectRenderer.API_VERSION);
                    g.writeNumberProperty("_last-serial", serial);
                    g.writeEndObject();
                    g.writeArrayPropertyStart("projects");
                    projects.forEachProject(p -> {
                        g.writeStartObject();
                        g.writeStringProperty("name", p.name());
                        g.writeNumberProperty("_last-serial", p.lastSerial());
                        g.writeEndObject();
                    });
                    g.writeEndArray();
                    g.writeEndObject();
                    // Before the generator closes the stream (and with it a compressing one).
                    g.writeRaw('\n');
                }
                return;
            }
            var w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            w.write("<!DOCTYPE html>\n<html lang=\"en\">\n  <head>\n    <meta name=\"pypi:repository-version\" content=\""
                    + SimpleProjectRenderer.API_VERSION + "\">\n    <title>Simple index</title>\n  </head>\n  <body>\n");
            projects.forEachProject(p -> {
                try {
                    w.write("    <a href=\"/simple/" + HtmlText.escape(p.normalizedName()) + "/\">" + HtmlText.escape(p.name()) + "</a>\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            w.write("  </body>\n</html>\n");
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String etag(byte[] body) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(body);
            return "\"" + Base64.getEncoder().withoutPadding().encodeToString(md5) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PyPI's JSON API body for the project (latest release) or one version; empty when either is unknown. */
    public Optional<JsonApiDocument> jsonApi(String normalizedName, Optional<String> version, String origin) {
        Optional<ProjectDetail> detail = projects.detail(normalizedName);
        if (detail.isEmpty()) {
            return Optional.empty();
        }
        ProjectDetail d = detail.get();
        Optional<dev.larder.projects.Release> release = version.isPresent()
                ? JsonApiRenderer.byVersion(d.releases(), version.get())
                : JsonApiRenderer.latest(d.releases());
        return release.map(r -> {
            byte[] body = JsonApiRenderer.render(d, r, version.isEmpty(), origin, urls);
            return new JsonApiDocument(body, etag(body), d.project().lastSerial());
        });
    }

    /** A rendered JSON API response. */
    public record JsonApiDocument(byte[] body, String etag, long serial) {}
}
