package dev.larder.index.browse;

import dev.larder.projects.ProjectRole;
import java.util.List;
import java.util.Optional;

/**
 * A project page, or the page of one of its releases. {@code release} is empty only for a project
 * whose releases were all deleted.
 */
public record ProjectPage(String name, String normalizedName, Optional<Shown> release, List<ProjectRole> maintainers,
                          List<ReleaseEntry> history) {

    /** The release the page is about: its own metadata, description and files. */
    public record Shown(String version, boolean latest, boolean yanked, Optional<String> yankedReason, boolean prerelease,
                        String summary, RenderedDescription description, ReleaseMetadata metadata, List<FileRow> files) {}

    /** The page's heading: the name and the version shown. */
    public String heading() {
        return release.map(r -> name + " " + r.version()).orElse(name);
    }
}
