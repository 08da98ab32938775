package dev.larder.projects;

import java.util.Optional;
import java.util.function.Consumer;

/** Reads and management writes on the catalogue. Every write bumps the project's serial. */
public interface ProjectRepository {
    Optional<Project> byNormalizedName(String normalizedName);

    Optional<ProjectDetail> detail(String normalizedName);

    /**
     * The project's releases and files for its Simple API page, without its roles and without a
     * transaction: files first, then releases, one statement each. A file's release commits with
     * or before it, so every file read has its release in the later read; a release deleted in
     * between takes its files off the page. The page is cached under the serial of the project
     * given, which is at most as new as what is read, so a newer page is never hidden.
     */
    ProjectDetail listing(Project project);

    /** Streams every project in normalized-name order without holding them all in memory. */
    void forEachProject(Consumer<Project> consumer);

    /** The highest serial of the whole index. */
    long globalSerial();

    Optional<Role> roleOf(long projectId, long userId);

    void setRole(long projectId, long userId, Role role, String actor);

    boolean removeRole(long projectId, long userId, String actor);

    /**
     * Sets the user's role, or removes it when {@code role} is empty, unless the project would be
     * left without an Owner; false then, and nothing changed.
     */
    boolean changeRoleKeepingAnOwner(long projectId, long userId, Optional<Role> role, String actor);

    /** Yanks (reason may be empty) or un-yanks one release; false when there is no such release. */
    boolean setYanked(long projectId, String canonicalVersion, boolean yanked, String reason, String actor);

    /** Deletes and returns the blob keys that are no longer referenced; empty when nothing matched. */
    Optional<java.util.List<String>> deleteFile(long projectId, String filename, String actor);

    Optional<java.util.List<String>> deleteRelease(long projectId, String canonicalVersion, String actor);

    Optional<java.util.List<String>> deleteProject(long projectId, String actor);

    /** The projects the user has a role on, by name. */
    java.util.List<UserProject> projectsOfUser(long userId);

    /** The project's journal, newest first, including entries from before a rename of its display name. */
    java.util.List<JournalEntry> journal(String normalizedName, int limit);
}
