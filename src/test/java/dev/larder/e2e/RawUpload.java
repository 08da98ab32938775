package dev.larder.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A {@code POST /legacy/} upload built by hand with the JDK's HTTP client, for what the Python
 * clients cannot do on cue (many uploads at once, a body that stops half-way). The form carries
 * what twine and uv send as a minimum, taken from the wheel's own METADATA.
 */
public final class RawUpload {
    private RawUpload() {}

    /** The upload form fields for a wheel (everything except {@code content}). */
    public static Map<String, List<String>> wheelFields(Path wheel) {
        Map<String, List<String>> meta = parseMetadata(wheelMetadata(wheel));
        String filename = wheel.getFileName().toString();
        String[] parts = filename.substring(0, filename.length() - ".whl".length()).split("-");
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put(":action", List.of("file_upload"));
        f.put("protocol_version", List.of("1"));
        f.put("sha256_digest", List.of(Digest.sha256(wheel)));
        f.put("blake2_256_digest", List.of(Digest.blake2b256(wheel)));
        f.put("metadata_version", meta.get("metadata-version"));
        f.put("name", meta.get("name"));
        f.put("version", meta.get("version"));
        f.put("filetype", List.of("bdist_wheel"));
        f.put("pyversion", List.of(parts[parts.length - 3]));
        copy(meta, "summary", f, "summary");
        f.put("requires_python", meta.getOrDefault("requires-python", List.of("")));
        copy(meta, "requires-dist", f, "requires_dist");
        return f;
    }

    private static void copy(Map<String, List<String>> meta, String key, Map<String, List<String>> f, String field) {
        if (meta.containsKey(key)) {
            f.put(field, meta.get(key));
        }
    }

    /** The bytes of {@code <name>-<version>.dist-info/METADATA} inside a wheel. */
    public static byte[] wheelMetadata(Path wheel) {
        try (ZipFile zip = new ZipFile(wheel.toFile())) {
            ZipEntry entry = zip.stream()
                    .filter(e -> e.getName().matches("[^/]+\\.dist-info/METADATA"))
                    .findFirst().orElseThrow(() -> new AssertionError(wheel + " has no METADATA"));
            return zip.getInputStream(entry).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Core metadata headers (RFC 822 style) by lower-cased name; the body is not needed here. */
    static Map<String, List<String>> parseMetadata(byte[] metadata) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        String lastKey = null;
        for (String line : new String(metadata, StandardCharsets.UTF_8).split("\r?\n")) {
            if (line.isEmpty()) {
                break;
            }
            if ((line.startsWith(" ") || line.startsWith("\t")) && lastKey != null) {
                List<String> values = m.get(lastKey);
                values.set(values.size() - 1, values.get(values.size() - 1) + "\n" + line.strip());
                continue;
            }
            int colon = line.indexOf(':');
            lastKey = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            m.computeIfAbsent(lastKey, k -> new ArrayList<>()).add(line.substring(colon + 1).strip());
        }
        return m;
    }

    /**
     * The upload request: form fields, then the file part whose bytes come from {@code content}
     * ({@code contentLength} of them), sent with a Content-Length like twine and uv do.
     */
    public static HttpRequest request(String uploadUrl, String token, Map<String, List<String>> fields, String filename,
                                      HttpRequest.BodyPublisher content, long contentLength) {
        String boundary = "larder-e2e-" + UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, values) -> {
            for (String v : values) {
                head.append("--").append(boundary).append("\r\n")
                        .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                        .append(v).append("\r\n");
            }
        });
        head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"content\"; filename=\"").append(filename).append("\"\r\n")
                .append("Content-Type: application/octet-stream\r\n\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tailBytes = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(headBytes), content,
                        HttpRequest.BodyPublishers.ofByteArray(tailBytes)),
                headBytes.length + contentLength + tailBytes.length);
        return HttpRequest.newBuilder(URI.create(uploadUrl))
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("__token__:" + token).getBytes(StandardCharsets.UTF_8)))
                .header("User-Agent", "larder-e2e-tests")
                .POST(body)
                .build();
    }

    /** The upload request for a whole file on disk. */
    public static HttpRequest request(String uploadUrl, String token, Path wheel) {
        try {
            return request(uploadUrl, token, wheelFields(wheel), wheel.getFileName().toString(),
                    HttpRequest.BodyPublishers.ofFile(wheel), java.nio.file.Files.size(wheel));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
