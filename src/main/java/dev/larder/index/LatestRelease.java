package dev.larder.index;

import dev.larder.packaging.Version;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Warehouse's "latest" release: not yanked first, then final before pre-release, then the highest
 * version. One rule for the JSON API and the pages, over whatever shape of release a caller holds.
 */
public final class LatestRelease {
    private LatestRelease() {}

    public static <T> Optional<T> of(List<T> releases, Function<T, String> version, Predicate<T> yanked) {
        Comparator<T> byVersion = Comparator.comparing(r -> parse(version.apply(r)), Comparator.nullsFirst(Comparator.naturalOrder()));
        return releases.stream().min(Comparator
                .comparing((T r) -> yanked.test(r))
                .thenComparing(r -> isPrerelease(version.apply(r)))
                .thenComparing(byVersion.reversed()));
    }

    /** True for a PEP 440 pre-release (a, b, rc or .dev); a version that does not parse counts as final. */
    public static boolean isPrerelease(String version) {
        Version v = parse(version);
        return v != null && v.isPrerelease();
    }

    private static Version parse(String version) {
        try {
            return Version.parse(version);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
