package dev.larder.index.browse;

import dev.larder.index.FileUrls;
import dev.larder.index.LatestRelease;
import dev.larder.index.ReleaseOrder;
import dev.larder.projects.DistFile;
import dev.larder.projects.ProjectDetail;
import dev.larder.projects.Release;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds a project or release page from the project's detail, the same read the JSON API renders from. */
final class ProjectPageBuilder {
    private final PublisherRecord publishers;
    private final FileUrls urls;

    ProjectPageBuilder(PublisherRecord publishers, FileUrls urls) {
        this.publishers = publishers;
        this.urls = urls;
    }

    /** Empty when a version is asked for that the project does not have. */
    Optional<ProjectPage> page(ProjectDetail d, Optional<String> version, Map<Long, String> uploaders) {
        List<Release> releases = d.releases();
        Optional<Release> latest = LatestRelease.of(releases, Release::version, Release::yanked);
        Optional<Release> shown = version.isPresent() ? ReleaseOrder.find(releases, version.get()) : latest;
        if (version.isPresent() && shown.isEmpty()) {
            return Optional.empty();
        }
        List<ReleaseEntry> history = releases.stream().sorted(ReleaseOrder.ASCENDING.reversed())
                .map(r -> new ReleaseEntry(r.version(), r.createdAt(), r.yanked(), r.yankedReason(),
                        LatestRelease.isPrerelease(r.version()), shown.map(s -> s.id() == r.id()).orElse(false)))
                .toList();
        return Optional.of(new ProjectPage(d.project().name(), d.project().normalizedName(),
                shown.map(r -> shown(d, r, latest, uploaders)), d.roles(), history));
    }

    private ProjectPage.Shown shown(ProjectDetail d, Release r, Optional<Release> latest, Map<Long, String> uploaders) {
        ReleaseMetadataReader meta = new ReleaseMetadataReader(r);
        List<FileRow> files = d.files().stream().filter(f -> f.releaseId() == r.id())
                .sorted(Comparator.comparing(DistFile::filename))
                .map(f -> new FileRow(f.filename(), urls.file(f.path()), f.packagetype(), f.pythonVersion(), f.size(),
                        f.sha256(), f.uploadTime(), publishedBy(f, uploaders)))
                .toList();
        return new ProjectPage.Shown(r.version(), latest.map(l -> l.id() == r.id()).orElse(false), r.yanked(),
                r.yankedReason(), LatestRelease.isPrerelease(r.version()), meta.summary(), meta.description(),
                meta.metadata(r), files);
    }

    private PublishedBy publishedBy(DistFile f, Map<Long, String> uploaders) {
        if (f.publisherJson().isPresent()) {
            return publishers.read(f.publisherJson().get());
        }
        String user = uploaders.get(f.id());
        return user == null ? PublishedBy.unknown() : PublishedBy.user(user);
    }
}
