package dev.larder.upload.sql;

import dev.larder.db.Micros;
import dev.larder.db.UniqueViolation;
import dev.larder.projects.Project;
import dev.larder.projects.Release;
import dev.larder.projects.Role;
import dev.larder.projects.sql.CatalogMappers;
import dev.larder.projects.sql.CatalogQueries;
import dev.larder.projects.sql.SqlJournal;
import dev.larder.projects.sql.SqlProjectCreation;
import dev.larder.upload.NewUpload;
import dev.larder.upload.StoredFile;
import dev.larder.upload.UploadRejected;
import dev.larder.upload.UploadRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The upload use case's reads and its single write transaction, in SQL. */
public final class SqlUploadRepository implements UploadRepository {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final Jdbi jdbi;
    private final String instanceId;

    /** {@code instanceId} names this instance in the upload intents it records. */
    public SqlUploadRepository(Jdbi jdbi, String instanceId) {
        this.jdbi = jdbi;
        this.instanceId = instanceId;
    }

    @Override
    public Optional<Project> project(String normalizedName) {
        return jdbi.withHandle(h -> CatalogQueries.project(h, normalizedName));
    }

    @Override
    public Optional<Role> role(long projectId, long userId) {
        return jdbi.withHandle(h -> CatalogQueries.role(h, projectId, userId));
    }

    @Override
    public Optional<Release> release(long projectId, String canonicalVersion) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM releases WHERE project_id = :p AND canonical_version = :v")
                .bind("p", projectId).bind("v", canonicalVersion).map(CatalogMappers.RELEASE).findOne());
    }

    @Override
    public boolean releaseHasSdist(long releaseId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM files WHERE release_id = :r AND packagetype = 'sdist'")
                .bind("r", releaseId).mapTo(Long.class).one() > 0);
    }

    @Override
    public Optional<String> trustingPublisher(long projectId, List<String> publisherIds) {
        if (publisherIds.isEmpty()) {
            return Optional.empty();
        }
        List<String> trusted = jdbi.withHandle(h -> h.createQuery("SELECT publisher_id FROM project_publishers "
                        + "WHERE project_id = :p AND publisher_id IN (<ids>)")
                .bind("p", projectId).bindList("ids", publisherIds).mapTo(String.class).list());
        return publisherIds.stream().filter(trusted::contains).findFirst();
    }

    @Override
    public Optional<StoredFile> sameFilenameOrDigest(String filename, String blake2b256) {
        return jdbi.withHandle(h -> h.createQuery("SELECT filename, sha256_digest, blake2_256_digest FROM files "
                        + "WHERE filename = :f OR blake2_256_digest = :b ORDER BY CASE WHEN filename = :f THEN 0 ELSE 1 END")
                .bind("f", filename).bind("b", blake2b256)
                .map((rs, ctx) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getString(3)))
                .findFirst());
    }

    @Override
    public boolean filenameRegistered(String filename) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM filename_registry WHERE filename = :f")
                .bind("f", filename).mapTo(Long.class).one() > 0);
    }

    @Override
    public void recordIntent(String blobKey) {
        jdbi.useTransaction(h -> h.createUpdate("INSERT INTO upload_intents (path, created_at, instance_id) VALUES (:p, :t, :i) "
                        + "ON CONFLICT (path) DO NOTHING")
                .bind("p", blobKey).bind("t", Micros.now()).bind("i", instanceId).execute());
    }

    @Override
    public void clearIntent(String blobKey) {
        jdbi.useTransaction(h -> h.createUpdate("DELETE FROM upload_intents WHERE path = :p").bind("p", blobKey).execute());
    }

    @Override
    public List<String> abandonedIntents(Instant othersBefore) {
        return jdbi.withHandle(h -> h.createQuery("SELECT path FROM upload_intents "
                        + "WHERE instance_id IS NULL OR instance_id = :me OR created_at < :cutoff ORDER BY created_at")
                .bind("me", instanceId).bind("cutoff", Micros.of(othersBefore)).mapTo(String.class).list());
    }

    @Override
    public boolean blobReferenced(String blobKey) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM files WHERE path = :p").bind("p", blobKey)
                .mapTo(Long.class).one() > 0);
    }

    @Override
    public void commit(NewUpload u) {
        try {
            jdbi.useTransaction(h -> write(h, u));
        } catch (JdbiException e) {
            if (UniqueViolation.is(e)) {
                throw new UploadConflict(e.getMessage());
            }
            throw e;
        }
    }

    private static void write(Handle h, NewUpload u) {
        long now = Micros.now();
        var creation = SqlProjectCreation.createIfAbsent(h, u.projectName(), u.normalizedName(), u.creatorUserId(), u.actor());
        Project project = creation.project();
        if (!creation.created() && u.expectNewProject()
                && (u.uploaderUserId().isEmpty() || CatalogQueries.role(h, project.id(), u.uploaderUserId().get()).isEmpty())) {
            // Another upload created the project between our checks and this transaction.
            throw new UploadRejected(409, "The name '" + u.projectName() + "' conflicts with an existing project.");
        }
        if (project.totalSize() + u.size() > u.maxProjectSize()) {
            throw UploadRejected.badRequest("Project size too large. Limit for project '" + project.name()
                    + "' total size is " + dev.larder.config.ByteSize.describe(u.maxProjectSize()) + ".");
        }
        if (!project.name().equals(u.projectName())) {
            h.createUpdate("UPDATE projects SET name = :n WHERE id = :p").bind("n", u.projectName()).bind("p", project.id()).execute();
        }
        int newRelease = h.createUpdate("INSERT INTO releases (project_id, version, canonical_version, created_at, requires_python, metadata) "
                        + "VALUES (:p, :v, :cv, :t, :rp, :m) ON CONFLICT (project_id, canonical_version) DO NOTHING")
                .bind("p", project.id()).bind("v", u.version()).bind("cv", u.canonicalVersion()).bind("t", now)
                .bind("rp", u.requiresPython().orElse(null)).bind("m", u.releaseMetadataJson()).execute();
        Release release = h.createQuery("SELECT * FROM releases WHERE project_id = :p AND canonical_version = :cv")
                .bind("p", project.id()).bind("cv", u.canonicalVersion()).map(CatalogMappers.RELEASE).one();
        if (newRelease == 1) {
            // The listing and search read the newest release's summary from the project row.
            h.createUpdate("UPDATE projects SET summary = :s WHERE id = :p")
                    .bind("s", summaryOf(u.releaseMetadataJson())).bind("p", project.id()).execute();
            SqlJournal.append(h, project.id(), u.projectName(), release.version(), null, "new release", u.actor());
        }
        h.createUpdate("INSERT INTO filename_registry (filename) VALUES (:f)").bind("f", u.filename()).execute();
        h.createUpdate("INSERT INTO files (release_id, project_id, filename, packagetype, python_version, comment_text, size, "
                        + "md5_digest, sha256_digest, blake2_256_digest, path, upload_time, uploaded_via, metadata_sha256, "
                        + "metadata_blake2_256, uploader_user_id, uploader_token_id, publisher_id, publisher_claims) VALUES (:r, :p, :f, :pt, "
                        + ":pv, :c, :s, :md5, :sha, :b2, :path, :t, :via, :msha, :mb2, :uid, :tid, :pub, :pc)")
                .bind("r", release.id()).bind("p", project.id()).bind("f", u.filename()).bind("pt", u.packagetype())
                .bind("pv", u.pythonVersion()).bind("c", u.comment().orElse(null)).bind("s", u.size())
                .bind("md5", u.digests().md5()).bind("sha", u.digests().sha256()).bind("b2", u.digests().blake2b256())
                .bind("path", u.path()).bind("t", now).bind("via", u.uploadedVia().orElse(null))
                .bind("msha", u.metadataDigests().map(d -> d.sha256()).orElse(null))
                .bind("mb2", u.metadataDigests().map(d -> d.blake2b256()).orElse(null))
                .bind("uid", u.uploaderUserId().orElse(null)).bind("tid", u.uploaderTokenId().orElse(null))
                .bind("pub", u.publisherId().orElse(null)).bind("pc", u.publisherClaimsJson().orElse(null))
                .execute();
        h.createUpdate("UPDATE projects SET total_size = total_size + :s WHERE id = :p").bind("s", u.size()).bind("p", project.id()).execute();
        SqlJournal.append(h, project.id(), u.projectName(), release.version(), u.filename(),
                "add " + u.pythonVersion() + " file " + u.filename(), u.actor());
        h.createUpdate("DELETE FROM upload_intents WHERE path = :p").bind("p", u.path()).execute();
    }

    private static String summaryOf(String releaseMetadataJson) {
        var summary = JSON.readTree(releaseMetadataJson).get("summary");
        return summary != null && summary.isString() ? summary.asString() : null;
    }
}
