package dev.larder.projects.sql;

import dev.larder.db.Micros;
import dev.larder.projects.DistFile;
import dev.larder.projects.Project;
import dev.larder.projects.Release;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** Row mappers for the catalogue tables, shared by the SQL adapters that read them. */
public final class CatalogMappers {
    private CatalogMappers() {}

    public static final RowMapper<Project> PROJECT = (rs, ctx) -> new Project(
            rs.getLong("id"), rs.getString("name"), rs.getString("normalized_name"),
            Micros.toInstant(rs.getLong("created_at")), rs.getLong("last_serial"), rs.getLong("total_size"),
            rs.getBoolean("trusted_publishing_only"));

    public static final RowMapper<Release> RELEASE = (rs, ctx) -> new Release(
            rs.getLong("id"), rs.getLong("project_id"), rs.getString("version"), rs.getString("canonical_version"),
            Micros.toInstant(rs.getLong("created_at")), rs.getBoolean("yanked"),
            Optional.ofNullable(rs.getString("yanked_reason")), Optional.ofNullable(rs.getString("requires_python")),
            rs.getString("metadata"));

    public static final RowMapper<DistFile> FILE = (rs, ctx) -> new DistFile(
            rs.getLong("id"), rs.getLong("release_id"), rs.getLong("project_id"), rs.getString("filename"),
            rs.getString("packagetype"), rs.getString("python_version"), Optional.ofNullable(rs.getString("comment_text")),
            rs.getLong("size"), rs.getString("md5_digest"), rs.getString("sha256_digest"), rs.getString("blake2_256_digest"),
            rs.getString("path"), Micros.toInstant(rs.getLong("upload_time")), Optional.ofNullable(rs.getString("uploaded_via")),
            Optional.ofNullable(rs.getString("metadata_sha256")), Optional.ofNullable(rs.getString("metadata_blake2_256")),
            Optional.ofNullable(rs.getString("publisher_claims")));
}
