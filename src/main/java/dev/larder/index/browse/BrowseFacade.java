package dev.larder.index.browse;

import dev.larder.accounts.AccountsFacade;
import dev.larder.accounts.User;
import dev.larder.index.FileUrls;
import dev.larder.index.LatestRelease;
import dev.larder.packaging.ProjectName;
import dev.larder.projects.ProjectListing;
import dev.larder.projects.ProjectRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The public pages' use cases: start page, search, project and release pages, user pages. */
public final class BrowseFacade {
    public static final int PAGE_SIZE = 50;
    /** Search serves this many pages at most, so no query reads more than PAGE_SIZE * MAX_PAGES rows. */
    public static final int MAX_PAGES = 20;
    static final int RECENT = 20;
    static final int LONGEST_QUERY = 100;
    /** Counting every file is a scan; the start page's totals may be this old. */
    private static final Duration COUNTS_TTL = Duration.ofSeconds(60);

    private final ProjectRepository projects;
    private final ProjectListing listing;
    private final AccountsFacade accounts;
    private final ProjectPageBuilder pages;
    private final Clock clock;
    private final AtomicReference<CachedCounts> counts = new AtomicReference<>();

    private record CachedCounts(ProjectListing.Counts counts, Instant at) {}

    public BrowseFacade(ProjectRepository projects, ProjectListing listing, AccountsFacade accounts, FileUrls urls,
                        java.util.Set<String> githubIssuers, Clock clock) {
        this.projects = projects;
        this.listing = listing;
        this.accounts = accounts;
        this.pages = new ProjectPageBuilder(new PublisherRecord(githubIssuers), urls);
        this.clock = clock;
    }

    public StartPage start() {
        ProjectListing.Counts c = counts();
        return new StartPage(cards(listing.recentlyUpdated(RECENT)), c.projects(), c.files());
    }

    /** Matches on the normalized name (the exact name first) and on the summary; a page out of range is empty. */
    public SearchResults search(String query, int page) {
        String q = query == null ? "" : query.strip();
        if (q.length() > LONGEST_QUERY) {
            q = q.substring(0, LONGEST_QUERY);
        }
        int p = Math.max(1, page);
        if (q.isEmpty() || p > MAX_PAGES) {
            return new SearchResults(q, p, List.of(), false);
        }
        String lower = q.toLowerCase(Locale.ROOT);
        String name = lower.replaceAll("[-_.\\s]+", "-");
        List<ProjectListing.Listed> found = listing.search(name, lower, PAGE_SIZE + 1, (long) (p - 1) * PAGE_SIZE);
        boolean more = found.size() > PAGE_SIZE && p < MAX_PAGES;
        return new SearchResults(q, p, cards(found.subList(0, Math.min(PAGE_SIZE, found.size()))), more);
    }

    /** The project page (latest release) or one release's page; empty when either is unknown. */
    public Optional<ProjectPage> project(String name, Optional<String> version) {
        String normalized;
        try {
            normalized = ProjectName.normalize(name);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return projects.detail(normalized).flatMap(d -> pages.page(d, version, listing.uploaderNames(d.project().id())));
    }

    public Optional<UserPage> user(String name) {
        Optional<User> user = accounts.byName(name);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        List<ProjectListing.UserProject> roles = listing.projectsOf(user.get().id());
        List<ProjectCard> cards = cards(roles.stream().map(ProjectListing.UserProject::project).toList());
        List<UserPage.RoleOn> on = new java.util.ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            on.add(new UserPage.RoleOn(cards.get(i), roles.get(i).role()));
        }
        return Optional.of(new UserPage(user.get().name(), user.get().createdAt(), on));
    }

    private ProjectListing.Counts counts() {
        Instant now = clock.instant();
        CachedCounts cached = counts.get();
        if (cached == null || cached.at().plus(COUNTS_TTL).isBefore(now)) {
            cached = new CachedCounts(listing.counts(), now);
            counts.set(cached);
        }
        return cached.counts();
    }

    /** The listed projects with each one's latest version, in the order given. */
    private List<ProjectCard> cards(List<ProjectListing.Listed> listed) {
        Map<Long, List<ProjectListing.ReleaseHead>> heads = new HashMap<>();
        for (var h : listing.releaseHeads(listed.stream().map(ProjectListing.Listed::id).toList())) {
            heads.computeIfAbsent(h.projectId(), k -> new java.util.ArrayList<>()).add(h);
        }
        return listed.stream().map(p -> new ProjectCard(p.name(), p.normalizedName(),
                LatestRelease.of(heads.getOrDefault(p.id(), List.of()), ProjectListing.ReleaseHead::version,
                        ProjectListing.ReleaseHead::yanked).map(ProjectListing.ReleaseHead::version),
                p.summary().orElse(""), p.updatedAt())).toList();
    }
}
