package dev.larder.index;

import dev.larder.packaging.Version;
import dev.larder.projects.Release;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** PEP 440 ordering of releases, tolerating stored versions that no longer parse (never expected). */
public final class ReleaseOrder {
    private ReleaseOrder() {}

    public static final Comparator<Release> ASCENDING = Comparator.comparing(ReleaseOrder::version,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    public static Version version(Release r) {
        try {
            return Version.parse(r.version());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The release with the same canonical version as {@code version}; empty when none or not a version. */
    public static Optional<Release> find(List<Release> releases, String version) {
        String canonical;
        try {
            canonical = Version.parse(version).canonical();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return releases.stream().filter(r -> r.canonicalVersion().equals(canonical)).findFirst();
    }
}
