package dev.larder.index;

import dev.larder.projects.DistFile;
import dev.larder.projects.ProjectDetail;
import dev.larder.projects.ProjectRole;
import dev.larder.projects.Release;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * PyPI's JSON API ({@code /pypi/<project>/json} and {@code /pypi/<project>/<version>/json}) with
 * the Warehouse fields tools read. Release data is the first upload's form, stored at upload.
 */
final class JsonApiRenderer {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private JsonApiRenderer() {}

    static Optional<Release> latest(List<Release> releases) {
        return LatestRelease.of(releases, Release::version, Release::yanked);
    }

    static Optional<Release> byVersion(List<Release> releases, String version) {
        return ReleaseOrder.find(releases, version);
    }

    static byte[] render(ProjectDetail d, Release release, boolean withReleases, String origin, FileUrls urls) {
        ObjectNode root = JSON.createObjectNode();
        root.set("info", info(d, release, origin, urls));
        root.put("last_serial", d.project().lastSerial());
        if (withReleases) {
            ObjectNode releases = root.putObject("releases");
            d.releases().stream().sorted(ReleaseOrder.ASCENDING)
                    .forEach(r -> releases.set(r.version(), files(d, r, origin, urls)));
        }
        root.set("urls", files(d, release, origin, urls));
        root.putArray("vulnerabilities");
        ObjectNode ownership = root.putObject("ownership");
        ArrayNode roles = ownership.putArray("roles");
        for (ProjectRole r : d.roles()) {
            roles.addObject().put("role", r.role().name()).put("user", r.userName());
        }
        ownership.putNull("organization");
        byte[] body = JSON.writeValueAsBytes(root);
        byte[] withNewline = java.util.Arrays.copyOf(body, body.length + 1);
        withNewline[body.length] = '\n';
        return withNewline;
    }

    private static ObjectNode info(ProjectDetail d, Release release, String origin, FileUrls urls) {
        JsonNode meta = JSON.readTree(release.metadataJson());
        ObjectNode info = JSON.createObjectNode();
        info.put("name", d.project().name());
        info.put("version", release.version());
        for (String key : List.of("summary", "description_content_type", "keywords", "license", "license_expression",
                "author", "author_email", "maintainer", "maintainer_email", "home_page", "download_url")) {
            copyText(meta, info, key);
        }
        info.put("description", meta.path("description").isString() ? meta.get("description").asString() : "");
        info.set("license_files", listOrNull(meta, "license_files"));
        info.set("classifiers", meta.path("classifiers").isArray() ? meta.get("classifiers") : JSON.createArrayNode());
        if (release.requiresPython().isPresent()) {
            info.put("requires_python", release.requiresPython().get());
        } else {
            info.putNull("requires_python");
        }
        copyText(meta, info, "platform");
        info.putObject("downloads").put("last_day", -1).put("last_week", -1).put("last_month", -1);
        String projectUrl = urls.absolute("/project/" + d.project().normalizedName() + "/", origin);
        info.put("package_url", projectUrl);
        info.put("project_url", projectUrl);
        info.put("release_url", urls.absolute("/project/" + d.project().normalizedName() + "/" + release.version() + "/", origin));
        info.set("project_urls", projectUrls(meta));
        info.set("requires_dist", listOrNull(meta, "requires_dist"));
        info.set("provides_extra", listOrNull(meta, "provides_extra"));
        info.putNull("docs_url");
        info.putNull("bugtrack_url");
        info.put("yanked", release.yanked());
        if (release.yanked() && release.yankedReason().isPresent()) {
            info.put("yanked_reason", release.yankedReason().get());
        } else {
            info.putNull("yanked_reason");
        }
        info.set("dynamic", listOrNull(meta, "dynamic"));
        return info;
    }

    private static JsonNode projectUrls(JsonNode meta) {
        ObjectNode urls = JSON.createObjectNode();
        if (meta.path("home_page").isString()) {
            urls.put("Homepage", meta.get("home_page").asString());
        }
        if (meta.path("download_url").isString()) {
            urls.put("Download", meta.get("download_url").asString());
        }
        JsonNode pu = meta.path("project_urls");
        if (pu.isObject()) {
            for (var e : pu.properties()) {
                if (!urls.has(e.getKey())) {
                    urls.set(e.getKey(), e.getValue());
                }
            }
        }
        return urls.isEmpty() ? JSON.nullNode() : urls;
    }

    private static ArrayNode files(ProjectDetail d, Release release, String origin, FileUrls urls) {
        ArrayNode out = JSON.createArrayNode();
        List<DistFile> files = new ArrayList<>(d.files().stream().filter(f -> f.releaseId() == release.id()).toList());
        files.sort(Comparator.comparing(DistFile::filename));
        for (DistFile f : files) {
            ObjectNode o = out.addObject();
            o.put("filename", f.filename());
            o.put("packagetype", f.packagetype());
            o.put("python_version", f.pythonVersion());
            o.put("has_sig", false);
            if (f.comment().isPresent()) {
                o.put("comment_text", f.comment().get());
            } else {
                o.putNull("comment_text");
            }
            o.put("md5_digest", f.md5());
            o.putObject("digests").put("md5", f.md5()).put("sha256", f.sha256()).put("blake2b_256", f.blake2b256());
            if (f.metadataSha256().isPresent()) {
                o.putObject("core-metadata").put("sha256", f.metadataSha256().get());
            } else {
                o.put("core-metadata", false);
            }
            o.put("size", f.size());
            o.put("downloads", -1);
            o.put("upload_time", PepTimes.isoformat(f.uploadTime()));
            o.put("upload_time_iso_8601", PepTimes.iso8601(f.uploadTime()));
            String url = urls.file(f.path());
            o.put("url", url.startsWith("/") ? origin + url : url);
            if (release.requiresPython().isPresent()) {
                o.put("requires_python", release.requiresPython().get());
            } else {
                o.putNull("requires_python");
            }
            o.put("yanked", release.yanked());
            if (release.yanked() && release.yankedReason().isPresent()) {
                o.put("yanked_reason", release.yankedReason().get());
            } else {
                o.putNull("yanked_reason");
            }
            // Larder's addition: who published the file, when a trusted publisher did.
            o.set("trusted_publisher", f.publisherJson().map(JSON::readTree).orElse(JSON.nullNode()));
        }
        return out;
    }

    private static void copyText(JsonNode from, ObjectNode to, String key) {
        JsonNode v = from.get(key);
        if (v != null && v.isString()) {
            to.put(key, v.asString());
        } else {
            to.putNull(key);
        }
    }

    private static JsonNode listOrNull(JsonNode from, String key) {
        JsonNode v = from.get(key);
        return v != null && v.isArray() && !v.isEmpty() ? v : JSON.nullNode();
    }
}
