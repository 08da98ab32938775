package dev.larder.index.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.testing.MultipartBody;
import dev.larder.testing.RawHttp;
import dev.larder.testing.TestDistributions;
import dev.larder.testing.TestServer;
import dev.larder.testing.Uploads;
import java.util.List;
import java.util.Map;

/** Uploads a real wheel with twine's form plus extra metadata fields, failing the test if it is refused. */
final class PageUploads {
    private PageUploads() {}

    /** {@code fields} may repeat a name (project_urls, classifiers), as twine sends them. */
    static void upload(TestServer server, String token, String project, String version, List<Map.Entry<String, String>> fields) {
        String dist = project.replace('-', '_').replace('.', '_').toLowerCase(java.util.Locale.ROOT);
        byte[] wheel = TestDistributions.wheel(dist, project, version, project + version);
        String summary = fields.stream().filter(f -> f.getKey().equals("summary")).map(Map.Entry::getValue).findFirst()
                .orElse("a test package");
        MultipartBody form = Uploads.wheelForm(project, version, dist + "-" + version + "-py3-none-any.whl", wheel, summary);
        fields.stream().filter(f -> !f.getKey().equals("summary")).forEach(f -> form.field(f.getKey(), f.getValue()));
        RawHttp.Response r = Uploads.post(server, Uploads.tokenAuth(token), form.build());
        assertThat(r.status()).as(r.text()).isEqualTo(200);
    }

    static void upload(TestServer server, String token, String project, String version) {
        upload(server, token, project, version, List.of());
    }
}
