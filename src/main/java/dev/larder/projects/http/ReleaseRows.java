package dev.larder.projects.http;

import dev.larder.packaging.Version;
import dev.larder.projects.DistFile;
import dev.larder.projects.ProjectDetail;
import dev.larder.projects.Release;
import java.util.Comparator;
import java.util.List;

/** A release with its files, newest release first, as the releases page lists them. */
public record ReleaseRows(Release release, List<DistFile> files) {

    static List<ReleaseRows> of(ProjectDetail detail) {
        return detail.releases().stream()
                .sorted(Comparator.comparing((Release r) -> Version.parse(r.version())).reversed())
                .map(r -> new ReleaseRows(r, detail.files().stream().filter(f -> f.releaseId() == r.id()).toList()))
                .toList();
    }
}
