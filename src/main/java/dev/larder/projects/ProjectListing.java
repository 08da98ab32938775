package dev.larder.projects;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read-only listings of the public pages. Every query reads a bounded number of rows: callers
 * pass the limit, and nothing sorts the files table.
 */
public interface ProjectListing {

    /** A project as a listing shows it; {@code updatedAt} is the time of its last change. */
    record Listed(long id, String name, String normalizedName, Optional<String> summary, Instant updatedAt) {}

    /** The version and yanked state of one release, without its metadata. */
    record ReleaseHead(long projectId, String version, boolean yanked) {}

    /** A project a user has a role on. */
    record UserProject(Listed project, Role role) {}

    record Counts(long projects, long files) {}

    /** The most recently changed projects, newest first. */
    List<Listed> recentlyUpdated(int limit);

    /**
     * Projects whose normalized name contains {@code nameFragment} or whose summary contains
     * {@code summaryFragment} (both lower case), the exact name first, then names that start with
     * the fragment, then the rest by name.
     */
    List<Listed> search(String nameFragment, String summaryFragment, int limit, long offset);

    List<UserProject> projectsOf(long userId);

    /** The releases of these projects (their versions only), for picking each one's latest. */
    List<ReleaseHead> releaseHeads(List<Long> projectIds);

    /** File id to the name of the user whose token uploaded it (files published by a user token). */
    Map<Long, String> uploaderNames(long projectId);

    Counts counts();
}
