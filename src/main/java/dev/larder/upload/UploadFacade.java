package dev.larder.upload;

import dev.larder.accounts.User;
import dev.larder.config.ByteSize;
import dev.larder.packaging.ProjectName;
import dev.larder.packaging.metadata.MetadataValidationException;
import dev.larder.packaging.metadata.UploadMetadata;
import dev.larder.packaging.metadata.UploadMetadataValidator;
import dev.larder.projects.Project;
import dev.larder.projects.Release;
import dev.larder.storage.BlobKey;
import dev.larder.storage.BlobStore;
import dev.larder.tokens.TokensFacade;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;

/**
 * PyPI's {@code file_upload}, step by step in PyPI's order (the numbers in comments are the rows
 * of the upload spec's validation table), then one atomic commit. The file's bytes reach their
 * final blob key before the database row that makes them visible; a crash between the two leaves
 * an intent record that {@link #recoverInterruptedUploads()} clears at the next start.
 */
public final class UploadFacade {
    private final UploadRepository repository;
    private final BlobStore blobs;
    private final TokensFacade tokens;
    private final UploaderResolver uploaders;
    private final UploadMetadataValidator metadataValidator;
    private final UploadPolicy policy;
    private final Clock clock;
    private final UploadListener listener;
    /** How old another instance's upload leftovers must be before a starting instance clears them. */
    public static final java.time.Duration OTHER_INSTANCES_GRACE = java.time.Duration.ofHours(24);

    public UploadFacade(UploadRepository repository, BlobStore blobs, TokensFacade tokens, UploaderResolver uploaders,
                        UploadMetadataValidator metadataValidator, UploadPolicy policy, Clock clock, UploadListener listener) {
        this.repository = repository;
        this.blobs = blobs;
        this.tokens = tokens;
        this.uploaders = uploaders;
        this.metadataValidator = metadataValidator;
        this.policy = policy;
        this.clock = clock;
        this.listener = listener;
    }

    public UploadPolicy policy() {
        return policy;
    }

    public UploadOutcome upload(Credentials credentials, UploadForm form) {
        if (credentials instanceof Credentials.PasswordLogin) {
            throw UploadRejected.forbidden(UploadMessages.PASSWORD_LOGIN); // R3
        }
        checkAction(form);
        if (!form.fieldsSentAsFiles().isEmpty()) {
            throw UploadRejected.badRequest(form.fieldsSentAsFiles().get(0) + ": Should not be a tuple."); // 0a
        }
        Uploader uploader = identify(credentials).orElseThrow(() -> UploadRejected.forbidden(UploadMessages.NO_IDENTITY)); // 0d
        if (form.nonEmpty("protocol_version").filter(v -> !v.equals("1")).isPresent()) {
            throw UploadRejected.badRequest(UploadMessages.PROTOCOL); // 1
        }
        UploadFormChecks.check(form); // 2
        UploadMetadata meta;
        try {
            meta = metadataValidator.validate(form.fields()); // 3
        } catch (MetadataValidationException e) {
            throw UploadRejected.badRequest(e.getMessage());
        }
        ReceivedFile file = form.content().orElseThrow(() -> UploadRejected.badRequest(UploadMessages.NO_FILE)); // 4
        String normalized = meta.name().normalized();
        Optional<Project> project = repository.project(normalized); // 5
        String projectName = project.map(Project::name).orElse(meta.name().display());
        Optional<String> publisherId = checkPermission(uploader, project, normalized, projectName); // 6
        String canonical = meta.version().canonical();
        Optional<Release> release = project.flatMap(p -> repository.release(p.id(), canonical)); // 12
        String filetype = form.first("filetype").orElseThrow();
        FilenameRules.check(file.filename(), filetype); // 13
        if (file.partContentType().filter(t -> t.isBlank() || t.toLowerCase(java.util.Locale.ROOT).startsWith("image/")).isPresent()) {
            throw UploadRejected.badRequest(UploadMessages.INVALID_DIST); // 14
        }
        if (file.tooLarge() || file.size() > policy.maxFileSize()) { // 15a
            throw UploadRejected.badRequest(UploadMessages.fileTooLarge(projectName, ByteSize.describe(policy.maxFileSize())));
        }
        if (project.map(Project::totalSize).orElse(0L) + file.size() > policy.maxProjectSize()) { // 15b
            throw UploadRejected.badRequest(UploadMessages.projectTooLarge(projectName, ByteSize.describe(policy.maxProjectSize())));
        }
        checkDigests(form, file.digests()); // 16
        Optional<UploadOutcome> duplicate = duplicateOutcome(file); // 17
        if (duplicate.isPresent()) {
            return duplicate.get();
        }
        if (repository.filenameRegistered(file.filename())) {
            return duplicateOr(file, UploadMessages.FILENAME_REUSED); // 18
        }
        release.ifPresent(this::checkReleaseStillOpen); // 19
        if (filetype.equals("sdist") && release.map(r -> repository.releaseHasSdist(r.id())).orElse(false)) {
            return duplicateOr(file, UploadMessages.ONE_SDIST); // 20
        }
        Optional<byte[]> coreMetadata = DistributionChecks.check(file.staged(), file.filename(), filetype, meta, projectName); // 21-23
        if (form.nonEmpty("attestations").isPresent()) { // 24
            throw UploadRejected.badRequest(uploader instanceof Uploader.Publisher
                    ? UploadMessages.ATTESTATIONS_UNSUPPORTED : UploadMessages.ATTESTATIONS_NEED_TP);
        }
        return store(uploader, publisherId, form, meta, file, normalized, project.isEmpty(), release, coreMetadata); // 25
    }

    private static void checkAction(UploadForm form) {
        String action = form.first(":action").orElse("");
        switch (action) {
            case "file_upload" -> { }
            case "submit", "submit_pkg_info" -> throw new UploadRejected(410, UploadMessages.PRE_REGISTRATION);
            case "doc_upload" -> throw new UploadRejected(410, UploadMessages.DOC_UPLOAD);
            default -> throw UploadRejected.badRequest(UploadMessages.UNKNOWN_ACTION);
        }
    }

    private Optional<Uploader> identify(Credentials credentials) {
        return credentials instanceof Credentials.Token t ? uploaders.resolve(t.token()) : Optional.empty();
    }

    /** Returns the publisher the upload is recorded under, for trusted publishers. */
    private Optional<String> checkPermission(Uploader uploader, Optional<Project> project, String normalized, String projectName) {
        if (uploader instanceof Uploader.TokenUser tu) {
            tokens.caveatFailure(tu.principal(), normalized).ifPresent(reason -> {
                throw UploadRejected.forbidden(UploadMessages.invalidToken(reason));
            });
            User user = tu.user();
            if (project.isPresent() && repository.role(project.get().id(), user.id()).isEmpty()) {
                throw UploadRejected.forbidden(UploadMessages.notAllowed(user.name(), projectName));
            }
            if (project.isPresent() && project.get().trustedPublishingOnly()) {
                throw UploadRejected.forbidden(UploadMessages.trustedPublishingOnly(projectName));
            }
            return Optional.empty();
        }
        Uploader.Publisher p = (Uploader.Publisher) uploader;
        java.time.Instant now = clock.instant();
        if (now.isBefore(p.notBefore()) || !now.isBefore(p.expiresAt())) {
            throw UploadRejected.forbidden(UploadMessages.invalidToken("token is expired"));
        }
        if (project.isEmpty()) {
            throw UploadRejected.badRequest(UploadMessages.NON_USER_CANNOT_CREATE);
        }
        if (!p.projectIds().contains(project.get().id())) {
            throw UploadRejected.forbidden(UploadMessages.invalidToken("project-scoped token is not valid for project: '" + normalized + "'"));
        }
        return Optional.of(repository.trustingPublisher(project.get().id(), p.publisherIds())
                .orElseThrow(() -> UploadRejected.forbidden(UploadMessages.tokenNotAllowed(projectName))));
    }

    private static void checkDigests(UploadForm form, Digests actual) {
        boolean ok = form.nonEmpty("md5_digest").map(d -> d.equalsIgnoreCase(actual.md5())).orElse(true)
                && form.nonEmpty("sha256_digest").map(d -> d.equalsIgnoreCase(actual.sha256())).orElse(true)
                && form.nonEmpty("blake2_256_digest").map(d -> d.equalsIgnoreCase(actual.blake2b256())).orElse(true);
        if (!ok) {
            throw UploadRejected.badRequest(UploadMessages.DIGEST_MISMATCH);
        }
    }

    /** Identical bytes under the same filename: a no-op success; any other collision: "File already exists". */
    private Optional<UploadOutcome> duplicateOutcome(ReceivedFile file) {
        Optional<StoredFile> existing = repository.sameFilenameOrDigest(file.filename(), file.digests().blake2b256());
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        StoredFile s = existing.get();
        if (s.filename().equals(file.filename()) && s.sha256().equals(file.digests().sha256())
                && s.blake2b256().equals(file.digests().blake2b256())) {
            return Optional.of(UploadOutcome.ALREADY_PRESENT);
        }
        throw UploadRejected.badRequest(UploadMessages.alreadyExists(file.filename(), file.digests().blake2b256()));
    }

    /**
     * The same bytes, uploaded at the same moment through this or another instance, may have been
     * committed since step 17 (the filename registry and the release's sdist then count that very
     * file): that is the duplicate success, not the rejection.
     */
    private UploadOutcome duplicateOr(ReceivedFile file, String rejection) {
        return duplicateOutcome(file).orElseThrow(() -> UploadRejected.badRequest(rejection));
    }

    private void checkReleaseStillOpen(Release release) {
        policy.releaseUploadWindow().ifPresent(window -> {
            if (release.createdAt().plus(window).isBefore(clock.instant())) {
                throw UploadRejected.badRequest(UploadMessages.OLD_RELEASE);
            }
        });
    }

    private UploadOutcome store(Uploader uploader, Optional<String> publisherId, UploadForm form, UploadMetadata meta, ReceivedFile file,
                                String normalized, boolean newProject, Optional<Release> release,
                                Optional<byte[]> coreMetadata) {
        String key = BlobKey.forFile(file.digests().blake2b256(), file.filename());
        String metadataKey = BlobKey.metadataOf(key);
        Optional<Long> userId = uploader instanceof Uploader.TokenUser tu ? Optional.of(tu.user().id()) : Optional.empty();
        Optional<String> tokenId = uploader instanceof Uploader.TokenUser tu ? Optional.of(tu.principal().token().id())
                : Optional.of(((Uploader.Publisher) uploader).tokenId());
        NewUpload upload = new NewUpload(
                meta.name().display(), normalized, newProject, userId,
                meta.version().toString(), meta.version().canonical(),
                release.isPresent() ? release.get().requiresPython() : form.nonEmpty("requires_python").map(String::strip),
                ReleaseMetadataJson.of(meta),
                file.filename(), form.first("filetype").orElseThrow(),
                form.nonEmpty("pyversion").orElse("source"), form.nonEmpty("comment"),
                file.size(), file.digests(), key, form.userAgent(),
                coreMetadata.map(MetadataDigests::of), userId, tokenId, publisherId,
                uploader instanceof Uploader.Publisher p ? Optional.of(PublisherClaimsJson.of(p)) : Optional.empty(),
                policy.maxProjectSize(), uploader.actor());
        repository.recordIntent(key);
        boolean committed = false;
        try {
            if (coreMetadata.isPresent()) {
                blobs.put(metadataKey, coreMetadata.get());
            }
            blobs.put(key, file.staged());
            repository.commit(upload);
            committed = true;
            listener.stored(uploader, meta.name().display(), file.filename());
            return UploadOutcome.STORED;
        } catch (UploadRepository.UploadConflict conflict) {
            // A concurrent upload committed a file with this name or these bytes first.
            return duplicateOutcome(file).orElseThrow(() -> UploadRejected.badRequest(
                    UploadMessages.alreadyExists(file.filename(), file.digests().blake2b256())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!committed && !repository.blobReferenced(key)) {
                deleteQuietly(key);
                deleteQuietly(metadataKey);
            }
            repository.clearIntent(key);
        }
    }

    /**
     * Removes blobs whose upload stopped between storage and commit (a crash or kill). Another
     * instance on the same database may be in the middle of an upload right now, so its intents
     * are only taken once they are older than any upload could be.
     */
    public int recoverInterruptedUploads() {
        int removed = 0;
        for (String key : repository.abandonedIntents(clock.instant().minus(OTHER_INSTANCES_GRACE))) {
            if (!repository.blobReferenced(key)) {
                deleteQuietly(key);
                deleteQuietly(BlobKey.metadataOf(key));
                removed++;
            }
            repository.clearIntent(key);
        }
        return removed;
    }

    private void deleteQuietly(String key) {
        try {
            blobs.delete(key);
        } catch (IOException | RuntimeException ignored) {
            // Left for the next recovery pass; an unreferenced blob is invisible.
        }
    }
}
