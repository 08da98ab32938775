package dev.larder.testing;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.nio.charset.StandardCharsets;

/** Upload requests shaped like twine's, with hooks to change any field. */
public final class Uploads {
    private Uploads() {}

    public static MultipartBody wheelForm(String name, String version, String filename, byte[] content) {
        return wheelForm(name, version, filename, content, "a test package");
    }

    /** The same with the summary given (the form's first value of a field is the one that counts). */
    public static MultipartBody wheelForm(String name, String version, String filename, byte[] content, String summary) {
        return new MultipartBody()
                .field(":action", "file_upload")
                .field("protocol_version", "1")
                .field("metadata_version", "2.1")
                .field("name", name)
                .field("version", version)
                .field("filetype", "bdist_wheel")
                .field("pyversion", "py3")
                .field("summary", summary)
                .field("sha256_digest", TestDistributions.sha256(content))
                .file("content", filename, "application/octet-stream", content);
    }

    public static Map<String, String> tokenAuth(String token) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Authorization", "Basic " + Base64.getEncoder().encodeToString(("__token__:" + token).getBytes(StandardCharsets.UTF_8)));
        h.put("Content-Type", MultipartBody.contentType());
        return h;
    }

    /** Headers for a new user's token on the server. */
    public static Map<String, String> tokenFor(TestServer server) {
        return tokenAuth(server.tokenFor("uploader"));
    }

    public static RawHttp.Response post(TestServer server, Map<String, String> headers, byte[] body) {
        return RawHttp.send(server.port(), "POST", "/legacy/", headers, body);
    }
}
