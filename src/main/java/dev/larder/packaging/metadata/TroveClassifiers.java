package dev.larder.packaging.metadata;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The trove classifiers PyPI accepts, from the {@code trove-classifiers} package as
 * bundled in {@code trove-classifiers.txt} and {@code deprecated-classifiers.tsv}.
 * The lists load on first use.
 */
public final class TroveClassifiers {

    private TroveClassifiers() {
    }

    /** Whether the classifier exists (deprecated ones included). Comparison is exact. */
    public static boolean isKnown(String classifier) {
        return Lists.KNOWN.contains(classifier);
    }

    /**
     * For a deprecated classifier, the classifiers that replace it (possibly none); empty
     * when the classifier is not deprecated.
     */
    public static Optional<List<String>> replacementsIfDeprecated(String classifier) {
        return Optional.ofNullable(Lists.DEPRECATED.get(classifier));
    }

    /** Lazy holder: the files are read when a classifier is first checked. */
    private static final class Lists {
        static final Set<String> KNOWN = Set.copyOf(new HashSet<>(DataFile.lines("trove-classifiers.txt")));
        static final Map<String, List<String>> DEPRECATED = readDeprecated();

        private static Map<String, List<String>> readDeprecated() {
            Map<String, List<String>> deprecated = new HashMap<>();
            for (String line : DataFile.lines("deprecated-classifiers.tsv")) {
                String[] fields = line.split("\t");
                deprecated.put(fields[0], List.copyOf(Arrays.asList(fields).subList(1, fields.length)));
            }
            return Map.copyOf(deprecated);
        }
    }
}
