package dev.larder.projects.sql;

import dev.larder.db.ReadSnapshot;
import dev.larder.projects.DistFile;
import dev.larder.projects.Project;
import dev.larder.projects.ProjectDetail;
import dev.larder.projects.ProjectRepository;
import dev.larder.projects.ProjectRole;
import dev.larder.projects.Release;
import dev.larder.projects.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The catalogue in SQL. */
public final class SqlProjectRepository implements ProjectRepository {
    private final Jdbi jdbi;

    public SqlProjectRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Project> byNormalizedName(String normalizedName) {
        return jdbi.withHandle(h -> CatalogQueries.project(h, normalizedName));
    }

    @Override
    public Optional<ProjectDetail> detail(String normalizedName) {
        // One snapshot, so releases and files come from the same moment (a file never without its release).
        return ReadSnapshot.read(jdbi, h -> CatalogQueries.project(h, normalizedName).map(p -> new ProjectDetail(
                p,
                h.createQuery("SELECT * FROM releases WHERE project_id = :p").bind("p", p.id())
                        .map(CatalogMappers.RELEASE).list(),
                h.createQuery("SELECT * FROM files WHERE project_id = :p ORDER BY filename").bind("p", p.id())
                        .map(CatalogMappers.FILE).list(),
                h.createQuery("SELECT r.user_id, u.name, r.role FROM project_roles r JOIN users u ON u.id = r.user_id "
                                + "WHERE r.project_id = :p ORDER BY r.role DESC, u.name_key")
                        .bind("p", p.id())
                        .map((rs, ctx) -> new ProjectRole(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3))))
                        .list())));
    }

    @Override
    public ProjectDetail listing(Project project) {
        return jdbi.withHandle(h -> {
            List<DistFile> files = h.createQuery("SELECT * FROM files WHERE project_id = :p ORDER BY filename")
                    .bind("p", project.id()).map(CatalogMappers.FILE).list();
            List<Release> releases = h.createQuery("SELECT * FROM releases WHERE project_id = :p").bind("p", project.id())
                    .map(CatalogMappers.RELEASE).list();
            Set<Long> present = releases.stream().map(Release::id).collect(Collectors.toSet());
            List<DistFile> kept = files.stream().filter(f -> present.contains(f.releaseId())).toList();
            return new ProjectDetail(project, releases, kept, List.of());
        });
    }

    @Override
    public void forEachProject(Consumer<Project> consumer) {
        ReadSnapshot.stream(jdbi, h -> {
            try (var stream = h.createQuery("SELECT * FROM projects ORDER BY normalized_name")
                    .setFetchSize(1000).map(CatalogMappers.PROJECT).stream()) {
                stream.forEach(consumer);
            }
        });
    }

    @Override
    public long globalSerial() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(id), 0) FROM journal").mapTo(Long.class).one());
    }

    @Override
    public Optional<Role> roleOf(long projectId, long userId) {
        return jdbi.withHandle(h -> CatalogQueries.role(h, projectId, userId));
    }

    @Override
    public void setRole(long projectId, long userId, Role role, String actor) {
        jdbi.useTransaction(h -> {
            SqlJournal.lockProject(h, projectId);
            writeRole(h, projectId, userId, Optional.of(role), actor);
        });
    }

    @Override
    public boolean removeRole(long projectId, long userId, String actor) {
        return jdbi.inTransaction(h -> {
            SqlJournal.lockProject(h, projectId);
            return writeRole(h, projectId, userId, Optional.empty(), actor);
        });
    }

    @Override
    public boolean changeRoleKeepingAnOwner(long projectId, long userId, Optional<Role> role, String actor) {
        return jdbi.inTransaction(h -> {
            // Under the project's lock, so two Owners removing each other cannot both succeed.
            SqlJournal.lockProject(h, projectId);
            int otherOwners = h.createQuery("SELECT COUNT(*) FROM project_roles WHERE project_id = :p AND user_id <> :u "
                            + "AND role = 'Owner'").bind("p", projectId).bind("u", userId).mapTo(Integer.class).one();
            boolean isOwner = CatalogQueries.role(h, projectId, userId).filter(r -> r == Role.Owner).isPresent();
            if (isOwner && otherOwners == 0 && role.filter(r -> r == Role.Owner).isEmpty()) {
                return false;
            }
            writeRole(h, projectId, userId, role, actor);
            return true;
        });
    }

    /** Replaces (or, with no role, removes) the user's role and journals it; false when there was nothing to remove. */
    private static boolean writeRole(Handle h, long projectId, long userId, Optional<Role> role, String actor) {
        int removed = h.createUpdate("DELETE FROM project_roles WHERE project_id = :p AND user_id = :u")
                .bind("p", projectId).bind("u", userId).execute();
        if (role.isPresent()) {
            h.createUpdate("INSERT INTO project_roles (project_id, user_id, role) VALUES (:p, :u, :r)")
                    .bind("p", projectId).bind("u", userId).bind("r", role.get().name()).execute();
            journal(h, projectId, null, null, "add " + role.get() + " " + userName(h, userId), actor);
        } else if (removed > 0) {
            journal(h, projectId, null, null, "remove role " + userName(h, userId), actor);
        }
        return role.isPresent() || removed > 0;
    }

    @Override
    public boolean setYanked(long projectId, String canonicalVersion, boolean yanked, String reason, String actor) {
        return jdbi.inTransaction(h -> {
            SqlJournal.lockProject(h, projectId);
            Optional<String> version = h.createQuery("SELECT version FROM releases WHERE project_id = :p AND canonical_version = :v")
                    .bind("p", projectId).bind("v", canonicalVersion).mapTo(String.class).findOne();
            if (version.isEmpty()) {
                return false;
            }
            h.createUpdate("UPDATE releases SET yanked = :y, yanked_reason = :r WHERE project_id = :p AND canonical_version = :v")
                    .bind("y", yanked).bind("r", yanked && reason != null && !reason.isEmpty() ? reason : null)
                    .bind("p", projectId).bind("v", canonicalVersion).execute();
            journal(h, projectId, version.get(), null, yanked ? "yank release" : "unyank release", actor);
            return true;
        });
    }

    @Override
    public Optional<List<String>> deleteFile(long projectId, String filename, String actor) {
        return jdbi.inTransaction(h -> {
            SqlJournal.lockProject(h, projectId);
            Optional<DistFile> file = h.createQuery("SELECT * FROM files WHERE project_id = :p AND filename = :f")
                    .bind("p", projectId).bind("f", filename).map(CatalogMappers.FILE).findOne();
            if (file.isEmpty()) {
                return Optional.<List<String>>empty();
            }
            String version = h.createQuery("SELECT version FROM releases WHERE id = :r").bind("r", file.get().releaseId())
                    .mapTo(String.class).one();
            h.createUpdate("DELETE FROM files WHERE id = :id").bind("id", file.get().id()).execute();
            h.createUpdate("UPDATE projects SET total_size = total_size - :s WHERE id = :p")
                    .bind("s", file.get().size()).bind("p", projectId).execute();
            journal(h, projectId, version, filename, "remove file " + filename, actor);
            return Optional.of(blobKeys(List.of(file.get())));
        });
    }

    @Override
    public Optional<List<String>> deleteRelease(long projectId, String canonicalVersion, String actor) {
        return jdbi.inTransaction(h -> {
            SqlJournal.lockProject(h, projectId);
            Optional<Release> release = h.createQuery("SELECT * FROM releases WHERE project_id = :p AND canonical_version = :v")
                    .bind("p", projectId).bind("v", canonicalVersion).map(CatalogMappers.RELEASE).findOne();
            if (release.isEmpty()) {
                return Optional.<List<String>>empty();
            }
            List<DistFile> files = h.createQuery("SELECT * FROM files WHERE release_id = :r").bind("r", release.get().id())
                    .map(CatalogMappers.FILE).list();
            long size = files.stream().mapToLong(DistFile::size).sum();
            h.createUpdate("DELETE FROM files WHERE release_id = :r").bind("r", release.get().id()).execute();
            h.createUpdate("DELETE FROM releases WHERE id = :r").bind("r", release.get().id()).execute();
            h.createUpdate("UPDATE projects SET total_size = total_size - :s WHERE id = :p").bind("s", size).bind("p", projectId).execute();
            journal(h, projectId, release.get().version(), null, "remove release", actor);
            return Optional.of(blobKeys(files));
        });
    }

    @Override
    public Optional<List<String>> deleteProject(long projectId, String actor) {
        return jdbi.inTransaction(h -> {
            SqlJournal.lockProject(h, projectId);
            Optional<String> name = h.createQuery("SELECT name FROM projects WHERE id = :p").bind("p", projectId)
                    .mapTo(String.class).findOne();
            if (name.isEmpty()) {
                return Optional.<List<String>>empty();
            }
            List<DistFile> files = h.createQuery("SELECT * FROM files WHERE project_id = :p").bind("p", projectId)
                    .map(CatalogMappers.FILE).list();
            h.createUpdate("DELETE FROM files WHERE project_id = :p").bind("p", projectId).execute();
            h.createUpdate("DELETE FROM releases WHERE project_id = :p").bind("p", projectId).execute();
            h.createUpdate("DELETE FROM project_roles WHERE project_id = :p").bind("p", projectId).execute();
            journal(h, projectId, null, null, "remove project", actor);
            h.createUpdate("DELETE FROM projects WHERE id = :p").bind("p", projectId).execute();
            return Optional.of(blobKeys(files));
        });
    }

    @Override
    public List<dev.larder.projects.UserProject> projectsOfUser(long userId) {
        return jdbi.withHandle(h -> SqlProjectListings.projectsOfUser(h, userId));
    }

    @Override
    public List<dev.larder.projects.JournalEntry> journal(String normalizedName, int limit) {
        return jdbi.withHandle(h -> SqlProjectListings.journal(h, normalizedName, limit));
    }

    private static List<String> blobKeys(List<DistFile> files) {
        return files.stream()
                .flatMap(f -> f.hasMetadataFile() ? java.util.stream.Stream.of(f.path(), f.path() + ".metadata")
                        : java.util.stream.Stream.of(f.path()))
                .toList();
    }

    private static void journal(Handle h, long projectId, String version, String filename, String action, String actor) {
        String name = h.createQuery("SELECT name FROM projects WHERE id = :p").bind("p", projectId).mapTo(String.class).one();
        SqlJournal.append(h, projectId, name, version, filename, action, actor);
    }

    private static String userName(Handle h, long userId) {
        return h.createQuery("SELECT name FROM users WHERE id = :u").bind("u", userId).mapTo(String.class).findOne().orElse("?");
    }
}
