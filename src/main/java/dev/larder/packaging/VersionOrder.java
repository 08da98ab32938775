package dev.larder.packaging;

import java.util.List;

/**
 * PEP 440 ordering, written out from packaging's {@code _cmpkey}: epoch, release without
 * trailing zeros, a suffix of (pre rank, pre number, has post, post number, has no dev,
 * dev number), then the local label. Specifiers also need the partial comparisons, which
 * is why they are separate methods rather than one comparator.
 */
final class VersionOrder {

    private VersionOrder() {
    }

    static int compare(Version a, Version b) {
        int result = compareIgnoringLocal(a, b);
        return result != 0 ? result : compareLocal(a.localParts(), b.localParts());
    }

    /** Everything but the local label; {@code <=V} and {@code ==V} compare this way. */
    static int compareIgnoringLocal(Version a, Version b) {
        int result = compareEpochAndRelease(a, b);
        return result != 0 ? result : compareSuffixes(a, b);
    }

    /** The first two items of packaging's sort key. */
    static int compareEpochAndRelease(Version a, Version b) {
        int result = a.epochNumber().compareTo(b.epochNumber());
        if (result != 0) {
            return result;
        }
        int length = Math.min(a.significantReleaseLength(), b.significantReleaseLength());
        for (int i = 0; i < length; i++) {
            result = a.releaseNumbers().get(i).compareTo(b.releaseNumbers().get(i));
            if (result != 0) {
                return result;
            }
        }
        return Integer.compare(a.significantReleaseLength(), b.significantReleaseLength());
    }

    private static int compareSuffixes(Version a, Version b) {
        int result = comparePreReleases(a, b);
        if (result != 0) {
            return result;
        }
        result = Boolean.compare(a.postNumber() != null, b.postNumber() != null);
        if (result != 0) {
            return result;
        }
        if (a.postNumber() != null) {
            result = a.postNumber().compareTo(b.postNumber());
            if (result != 0) {
                return result;
            }
        }
        // A version without a dev part sorts after the same version with one.
        result = Boolean.compare(a.devNumber() == null, b.devNumber() == null);
        if (result != 0 || a.devNumber() == null) {
            return result;
        }
        return a.devNumber().compareTo(b.devNumber());
    }

    /** Compares (pre rank, pre number), which {@code >V} also uses on its own. */
    static int comparePreReleases(Version a, Version b) {
        int result = Integer.compare(preRank(a), preRank(b));
        if (result != 0 || a.preNumberOrNull() == null) {
            return result;
        }
        return a.preNumberOrNull().compareTo(b.preNumberOrNull());
    }

    /**
     * -1 for a dev-only release ({@code 1.0.dev1} sorts before {@code 1.0a1}), 0/1/2 for
     * a/b/rc, and 3 when there is no pre-release part.
     */
    static int preRank(Version version) {
        String label = version.preLabelOrNull();
        if (label == null) {
            return version.postNumber() == null && version.devNumber() != null ? -1 : 3;
        }
        switch (label) {
            case "a":
                return 0;
            case "b":
                return 1;
            default:
                return 2;
        }
    }

    /** No label sorts first; then part by part, and a shorter label before its extensions. */
    private static int compareLocal(List<LocalVersionPart> a, List<LocalVersionPart> b) {
        if (a == null || b == null) {
            return Boolean.compare(a != null, b != null);
        }
        int length = Math.min(a.size(), b.size());
        for (int i = 0; i < length; i++) {
            int result = a.get(i).compareTo(b.get(i));
            if (result != 0) {
                return result;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
