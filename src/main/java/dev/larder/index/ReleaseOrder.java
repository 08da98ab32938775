package dev.larder.index;

import dev.larder.packaging.Version;
import dev.larder.projects.Release;
import java.util.Comparator;

/** PEP 440 ordering of releases, tolerating stored versions that no longer parse (never expected). */
final class ReleaseOrder {
    private ReleaseOrder() {}

    static final Comparator<Release> ASCENDING = Comparator.comparing(ReleaseOrder::version,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    static Version version(Release r) {
        try {
            return Version.parse(r.version());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
