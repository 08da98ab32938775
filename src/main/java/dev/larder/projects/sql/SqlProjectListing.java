package dev.larder.projects.sql;

import dev.larder.db.Micros;
import dev.larder.projects.ProjectListing;
import dev.larder.projects.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The public pages' listings in SQL; the last change time comes from the journal row of the project's serial. */
public final class SqlProjectListing implements ProjectListing {
    private static final String LISTED = "SELECT p.id, p.name, p.normalized_name, p.summary, "
            + "COALESCE(j.created_at, p.created_at) AS updated_at FROM projects p LEFT JOIN journal j ON j.id = p.last_serial ";

    private final Jdbi jdbi;

    public SqlProjectListing(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Listed> recentlyUpdated(int limit) {
        return jdbi.withHandle(h -> h.createQuery(LISTED + "ORDER BY p.last_serial DESC LIMIT :l")
                .bind("l", limit).map((rs, ctx) -> listed(rs)).list());
    }

    @Override
    public List<Listed> search(String nameFragment, String summaryFragment, int limit, long offset) {
        String contains = "%" + likeEscaped(nameFragment) + "%";
        return jdbi.withHandle(h -> h.createQuery(LISTED
                        + "WHERE p.normalized_name LIKE :name ESCAPE '!' OR LOWER(p.summary) LIKE :summary ESCAPE '!' "
                        + "ORDER BY CASE WHEN p.normalized_name = :exact THEN 0 WHEN p.normalized_name LIKE :prefix ESCAPE '!' THEN 1 "
                        + "ELSE 2 END, p.normalized_name LIMIT :l OFFSET :o")
                .bind("name", contains).bind("summary", "%" + likeEscaped(summaryFragment) + "%")
                .bind("exact", nameFragment).bind("prefix", likeEscaped(nameFragment) + "%")
                .bind("l", limit).bind("o", offset).map((rs, ctx) -> listed(rs)).list());
    }

    @Override
    public List<UserProject> projectsOf(long userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT q.*, r.role FROM (" + LISTED + ") q "
                        + "JOIN project_roles r ON r.project_id = q.id WHERE r.user_id = :u ORDER BY q.normalized_name")
                .bind("u", userId).map((rs, ctx) -> new UserProject(listed(rs), Role.valueOf(rs.getString("role")))).list());
    }

    @Override
    public List<ReleaseHead> releaseHeads(List<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT project_id, version, yanked FROM releases WHERE project_id IN (<ids>)")
                .bindList("ids", projectIds)
                .map((rs, ctx) -> new ReleaseHead(rs.getLong(1), rs.getString(2), rs.getBoolean(3))).list());
    }

    @Override
    public Map<Long, String> uploaderNames(long projectId) {
        return jdbi.withHandle(h -> {
            Map<Long, String> names = new HashMap<>();
            h.createQuery("SELECT f.id, u.name FROM files f JOIN users u ON u.id = f.uploader_user_id WHERE f.project_id = :p")
                    .bind("p", projectId).map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .forEach(e -> names.put(e.getKey(), e.getValue()));
            return names;
        });
    }

    @Override
    public Counts counts() {
        return jdbi.withHandle(h -> new Counts(
                h.createQuery("SELECT COUNT(*) FROM projects").mapTo(Long.class).one(),
                h.createQuery("SELECT COUNT(*) FROM files").mapTo(Long.class).one()));
    }

    private static Listed listed(ResultSet rs) throws SQLException {
        return new Listed(rs.getLong("id"), rs.getString("name"), rs.getString("normalized_name"),
                Optional.ofNullable(rs.getString("summary")), Micros.toInstant(rs.getLong("updated_at")));
    }

    /**
     * The fragment with LIKE's wildcards and the escape character taken literally. The escape is
     * '!', not a backslash, which Jdbi's statement parser would read as quoting the closing quote.
     */
    private static String likeEscaped(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
