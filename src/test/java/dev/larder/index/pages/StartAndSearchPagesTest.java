package dev.larder.index.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.testing.Backend;
import dev.larder.testing.TestServer;
import dev.larder.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The start page and search, against a real server with uploaded projects. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class StartAndSearchPagesTest {
    @Parameter
    Backend backend;

    @TempDir
    static Path dir;
    static TestServer server;
    static final Pattern LINK = Pattern.compile("<a href=\"/project/([^/\"]+)/\">");

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        server = TestServer.start(dir.resolve("data-" + backend.name()), backend.settings());
        String token = server.tokenFor("alice");
        PageUploads.upload(server, token, "zeta", "1.0", List.of(Map.entry("summary", "Counts Alpha particles")));
        PageUploads.upload(server, token, "alpha-tools", "1.0", List.of(Map.entry("summary", "Tools")));
        PageUploads.upload(server, token, "alpha-tools", "2.0", List.of(Map.entry("summary", "Tools, second edition")));
        PageUploads.upload(server, token, "alpha", "0.1", List.of(Map.entry("summary", "The first letter")));
        for (int i = 0; i < 51; i++) {
            PageUploads.upload(server, token, String.format("bulk-%03d", i), "1.0");
        }
        PageUploads.upload(server, token, "newest", "3.0", List.of(Map.entry("summary", "Changed last")));
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
    }

    static List<String> projectLinks(String html, String listId) {
        int start = html.indexOf("id=\"" + listId + "\"");
        assertThat(start).as("the list " + listId).isNotNegative();
        String list = html.substring(start, html.indexOf("</ul>", start));
        List<String> names = new ArrayList<>();
        Matcher m = LINK.matcher(list);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void theStartPageListsTheRecentlyUpdatedProjectsNewestFirstWithTheirLatestVersionAndCounts() {
        HttpResponse<String> r = new WebClient(server.baseUrl()).get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<form class=\"search\" method=\"get\" action=\"/search/\"")
                .contains("<strong id=\"project-count\">55</strong>").contains("<strong id=\"file-count\">56</strong>");
        List<String> recent = projectLinks(r.body(), "recent-projects");
        assertThat(recent).hasSize(20).startsWith("newest", "bulk-050", "bulk-049");
        assertThat(r.body()).contains("<a href=\"/project/newest/\">newest</a>").contains("<span class=\"version\">3.0</span>")
                .contains("Changed last");
    }

    @Test
    void anExactNameComesFirstThenNamesThatStartWithItThenSummaryMatches() {
        HttpResponse<String> r = new WebClient(server.baseUrl()).get("/search/?q=Alpha");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(projectLinks(r.body(), "search-results")).containsExactly("alpha", "alpha-tools", "zeta");
        assertThat(r.body()).contains("Tools, second edition").contains("<span class=\"version\">2.0</span>");
    }

    @Test
    void aQuerySpelledWithOtherSeparatorsOrCaseFindsTheNormalizedName() {
        HttpResponse<String> r = new WebClient(server.baseUrl()).get("/search/?q=ALPHA_Tools");
        assertThat(projectLinks(r.body(), "search-results")).containsExactly("alpha-tools");
    }

    @Test
    void likeWildcardsInAQueryAreTakenLiterally() {
        HttpResponse<String> r = new WebClient(server.baseUrl()).get("/search/?q=%25");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("id=\"search-results\"").contains("id=\"no-results\"");
    }

    @Test
    void resultsComeFiftyToAPageWithLinksToTheNextAndPreviousPage() {
        WebClient web = new WebClient(server.baseUrl());
        HttpResponse<String> first = web.get("/search/?q=bulk");
        assertThat(projectLinks(first.body(), "search-results")).hasSize(50).startsWith("bulk-000").endsWith("bulk-049");
        assertThat(first.body()).contains("href=\"/search/?q=bulk&amp;page=2\">Next page</a>").doesNotContain("Previous page");
        HttpResponse<String> second = web.get("/search/?q=bulk&page=2");
        assertThat(projectLinks(second.body(), "search-results")).containsExactly("bulk-050");
        assertThat(second.body()).contains("href=\"/search/?q=bulk&amp;page=1\">Previous page</a>").doesNotContain("Next page");
    }

    @Test
    void anEmptyQueryAsksForSearchWords() {
        HttpResponse<String> r = new WebClient(server.baseUrl()).get("/search/?q=+");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"search-prompt\"").doesNotContain("id=\"search-results\"");
    }

    @Test
    void aPageNumberThatIsNotANumberIsABadRequestThatSaysWhy() {
        HttpResponse<String> r = new WebClient(server.baseUrl()).get("/search/?q=alpha&page=two");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("The page number must be a whole number from 1 up, not").contains("two");
    }

    @Test
    void aPageBeyondTheLastServedOneIsEmptyNotAnError() {
        HttpResponse<String> r = new WebClient(server.baseUrl()).get("/search/?q=bulk&page=999");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("There are no more results.");
    }
}
