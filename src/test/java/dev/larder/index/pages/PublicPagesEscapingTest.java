package dev.larder.index.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.testing.Backend;
import dev.larder.testing.TestServer;
import dev.larder.testing.WebClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** HTML and script in every field an uploader or a CI run controls reach the public pages only as text. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class PublicPagesEscapingTest {
    @Parameter
    Backend backend;

    @TempDir
    static Path dir;
    static TestServer server;
    static PublisherFixture publishers;
    static final String EVIL_REF = "refs/tags/<script>alert(6)</script>";

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) throws Exception {
        Path here = dir.resolve(backend.name());
        publishers = new PublisherFixture(here);
        server = TestServer.start(here.resolve("data"), backend.settings(), publishers.config);
        String alice = server.tokenFor("alice");
        PageUploads.upload(server, alice, "my-project", "1.0", List.of(
                Map.entry("summary", "<script>alert(1)</script>"),
                Map.entry("description", "Hi <script>alert(2)</script> <img src=x onerror=alert(3)>\n\n"
                        + "[click](javascript:alert(4)) [data](data:text/html,hi)\n\n<div onclick=\"alert(8)\">raw block</div>\n"),
                Map.entry("description_content_type", "text/markdown"),
                Map.entry("keywords", "<b>bold</b>,fine"), Map.entry("author", "<i>Mallory</i>"),
                Map.entry("project_urls", "<em>Evil</em>, https://example.com/\"><script>alert(5)</script>")));
        PageUploads.upload(server, alice, "my-project", "1.1", List.of(
                Map.entry("description", "<script>alert(9)</script> plain"), Map.entry("description_content_type", "text/plain")));
        // Rows from before today's upload rules: a javascript: URL and an HTML classifier.
        server.larder().database().jdbi().useHandle(h -> h.createUpdate("UPDATE releases SET metadata = :m WHERE version = '1.1'")
                .bind("m", "{\"summary\":\"old\",\"description\":\"<b>x</b>\",\"project_urls\":{\"Home\":\"javascript:alert(7)\","
                        + "\"Caps\":\"JavaScript:alert(10)\"},\"classifiers\":[\"<script>alert(11)</script>\"]}")
                .execute());
        PublisherFixture.trust(server, alice, "my-project", "dev");
        String workflow = "myorg/myproject/.github/workflows/release.yml@" + EVIL_REF;
        PageUploads.upload(server, publishers.uploadToken(server, Map.of("ref", EVIL_REF, "workflow_ref", workflow,
                "job_workflow_ref", workflow, "repository_owner", "myorg")), "my-project", "1.2");
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
        publishers.close();
    }

    static String page(String path) {
        var r = new WebClient(server.baseUrl()).get(path);
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    static void assertNoInjectedMarkup(String html) {
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>").doesNotContain("<i>")
                .doesNotContain("<em>Evil").doesNotContain("onclick=\"").doesNotContainPattern("(?i)href=\"\\s*(javascript|data):");
    }

    @Test
    void markdownSummaryKeywordsAuthorAndUrlsShowTheirHtmlAsText() {
        String html = page("/project/my-project/1.0/");
        assertNoInjectedMarkup(html);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;script&gt;alert(2)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(3)&gt;").contains("&lt;div onclick=&quot;alert(8)&quot;&gt;raw block&lt;/div&gt;")
                .contains("&lt;b&gt;bold&lt;/b&gt;").contains("&lt;i&gt;Mallory&lt;/i&gt;")
                .contains("href=\"https://example.com/&#34;>&lt;script>alert(5)&lt;/script>\"")
                .contains("&lt;em&gt;Evil&lt;/em&gt;");
    }

    @Test
    void aJavascriptUrlInTheMetadataIsShownAsTextNotALink() {
        String html = page("/project/my-project/1.1/");
        assertNoInjectedMarkup(html);
        assertThat(html).contains("Home: <span class=\"mono\">javascript:alert(7)</span>")
                .contains("Caps: <span class=\"mono\">JavaScript:alert(10)</span>")
                .contains("<li>&lt;script&gt;alert(11)&lt;/script&gt;</li>");
    }

    @Test
    void aPlainTextDescriptionIsEscaped() {
        String html = page("/project/my-project/1.1/");
        assertThat(html).contains("&lt;b&gt;x&lt;/b&gt;");
        // 1.1's own upload said text/plain: the rewritten row has no type and is plain text too.
        assertThat(html).contains("<pre class=\"plain-description\">");
    }

    @Test
    void aCiRunsClaimsAreShownEscapedInTheFilesTable() {
        String html = page("/project/my-project/1.2/");
        assertNoInjectedMarkup(html);
        assertThat(html).contains("<dt>Ref</dt><dd class=\"mono\">refs/tags/&lt;script&gt;alert(6)&lt;/script&gt;</dd>");
        assertNoInjectedMarkup(page("/project/my-project/"));
        assertNoInjectedMarkup(page("/search/?q=my-project"));
        assertNoInjectedMarkup(page("/"));
        assertNoInjectedMarkup(page("/user/alice/"));
    }
}
