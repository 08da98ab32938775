package dev.larder.projects.sql;

import dev.larder.db.Micros;
import dev.larder.packaging.ProjectName;
import dev.larder.packaging.Version;
import dev.larder.projects.JournalEntry;
import dev.larder.projects.Project;
import dev.larder.projects.PublisherRun;
import dev.larder.projects.Role;
import dev.larder.projects.UserProject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The reads behind a user's project list and a project's history page. */
final class SqlProjectListings {
    private SqlProjectListings() {}

    private record VersionRow(long projectId, String version, boolean yanked) {}

    static List<UserProject> projectsOfUser(Handle h, long userId) {
        // The role comes with each project row: one query, not one more per project.
        List<Map.Entry<Project, Role>> projects = h.createQuery("SELECT p.*, r.role AS member_role FROM projects p "
                        + "JOIN project_roles r ON r.project_id = p.id WHERE r.user_id = :u ORDER BY p.normalized_name")
                .bind("u", userId)
                .map((rs, ctx) -> Map.entry(CatalogMappers.PROJECT.map(rs, ctx), Role.valueOf(rs.getString("member_role"))))
                .list();
        Map<Long, List<VersionRow>> versions = new HashMap<>();
        h.createQuery("SELECT r.project_id, r.version, r.yanked FROM releases r JOIN project_roles pr ON pr.project_id = r.project_id "
                        + "WHERE pr.user_id = :u")
                .bind("u", userId)
                .map((rs, ctx) -> new VersionRow(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
                .forEach(v -> versions.computeIfAbsent(v.projectId(), k -> new ArrayList<>()).add(v));
        Map<Long, Long> lastUploads = new HashMap<>();
        h.createQuery("SELECT f.project_id, MAX(f.upload_time) FROM files f JOIN project_roles pr ON pr.project_id = f.project_id "
                        + "WHERE pr.user_id = :u GROUP BY f.project_id")
                .bind("u", userId)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .forEach(e -> lastUploads.put(e.getKey(), e.getValue()));
        List<UserProject> out = new ArrayList<>();
        for (Map.Entry<Project, Role> e : projects) {
            Project p = e.getKey();
            out.add(new UserProject(p, e.getValue(), newest(versions.getOrDefault(p.id(), List.of())),
                    Optional.ofNullable(lastUploads.get(p.id())).map(Micros::toInstant)));
        }
        return out;
    }

    /** The highest version that is not yanked, or the highest of all when every release is yanked. */
    private static Optional<String> newest(List<VersionRow> rows) {
        Comparator<VersionRow> order = Comparator.comparing((VersionRow r) -> !r.yanked())
                .thenComparing(r -> Version.parse(r.version()));
        return rows.stream().max(order).map(VersionRow::version);
    }

    /** The project's journal, newest first, by the normalized name stored with every entry. */
    static List<JournalEntry> journal(Handle h, String normalizedName, int limit) {
        return h.createQuery("SELECT j.*, f.publisher_claims FROM journal j "
                        + "LEFT JOIN files f ON f.filename = j.filename AND j.action LIKE 'add %' "
                        + "WHERE j.project_key = :k ORDER BY j.id DESC LIMIT :n")
                .bind("k", normalizedName).bind("n", limit)
                .map((rs, ctx) -> new JournalEntry(rs.getLong("id"), Micros.toInstant(rs.getLong("created_at")),
                        rs.getString("project_name"), Optional.ofNullable(rs.getString("version")),
                        Optional.ofNullable(rs.getString("filename")), rs.getString("action"),
                        Optional.ofNullable(rs.getString("submitted_by")).orElse(""),
                        Optional.ofNullable(rs.getString("publisher_claims")).map(PublisherRun::parse)))
                .list();
    }
}
