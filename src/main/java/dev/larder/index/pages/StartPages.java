package dev.larder.index.pages;

import dev.larder.index.browse.BrowseFacade;
import dev.larder.index.browse.SearchResults;
import dev.larder.web.ui.PageException;
import dev.larder.web.ui.Pages;
import dev.larder.web.ui.WebRequest;
import io.javalin.http.Context;
import java.util.Map;

/** {@code /} (recently updated projects) and {@code /search/?q=...&page=N}. */
public final class StartPages {
    private final Pages pages;
    private final BrowseFacade browse;

    public StartPages(Pages pages, BrowseFacade browse) {
        this.pages = pages;
        this.browse = browse;
    }

    public void start(Context ctx, WebRequest web) {
        pages.render(ctx, web, "index/start.jte", "Python packages", Map.of("start", browse.start()));
    }

    public void search(Context ctx, WebRequest web) {
        String q = ctx.queryParam("q");
        SearchResults results = browse.search(q, page(ctx.queryParam("page")));
        String title = results.asked() ? "Search results for " + results.query() : "Search";
        pages.render(ctx, web, "index/search.jte", title, Map.of("results", results,
                "pageLink", "/search/?q=" + Pages.urlEncode(results.query()) + "&page="));
    }

    private static int page(String text) {
        if (text == null || text.isBlank()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(text.strip());
            if (page >= 1) {
                return page;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw PageException.badRequest("The page number must be a whole number from 1 up, not '" + text + "'.");
    }
}
