package dev.larder.index.browse;

import java.time.Instant;

/** One distribution file of the release shown, with who published it. */
public record FileRow(String filename, String url, String packagetype, String pythonVersion, long size, String sha256,
                      Instant uploadTime, PublishedBy publishedBy) {

    /** The size for people: bytes, kB or MB (decimal, as pypi.org shows it). */
    public String sizeText() {
        if (size < 1000) {
            return size + " bytes";
        }
        if (size < 1_000_000) {
            return String.format(java.util.Locale.ROOT, "%.1f kB", size / 1000.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", size / 1_000_000.0);
    }
}
