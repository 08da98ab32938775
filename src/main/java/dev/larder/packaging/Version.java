package dev.larder.packaging;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A PEP 440 version, parsed, normalised, compared and printed exactly like
 * {@code packaging.version.Version} (packaging 26.x).
 *
 * <ul>
 *   <li>{@link #parse(String)} accepts what packaging accepts: surrounding whitespace
 *       (Python's Unicode notion of it), a leading {@code v}, alternative spellings such as
 *       {@code 1.0-RC1}, {@code 1.0_post2} or {@code 1.0-3}, and any case.</li>
 *   <li>{@link #toString()} is {@code str(Version(v))}, the form PyPI stores.</li>
 *   <li>{@link #canonical()} is {@code canonicalize_version(v)}, which strips trailing zeros
 *       from the release and is PyPI's release identity ({@code 1.0} and {@code 1} are one
 *       release).</li>
 *   <li>{@link #equals(Object)} and {@link #compareTo(Version)} follow packaging's sort key,
 *       so {@code 1.0 == 1.0.0}, {@code 1.0.dev1 < 1.0a1 < 1.0 < 1.0+local < 1.0.post1}.</li>
 * </ul>
 *
 * <p>Numbers are unbounded: {@code 1!20240131235959123456789} parses and orders correctly.
 */
public final class Version implements Comparable<Version> {

    private final NaturalNumber epoch;
    private final List<NaturalNumber> release;
    private final String preLabel;
    private final NaturalNumber preNumber;
    private final NaturalNumber post;
    private final NaturalNumber dev;
    private final List<LocalVersionPart> local;
    private final int releaseLengthWithoutTrailingZeros;

    Version(NaturalNumber epoch, List<NaturalNumber> release, String preLabel, NaturalNumber preNumber,
            NaturalNumber post, NaturalNumber dev, List<LocalVersionPart> local) {
        if (release.isEmpty() || (preLabel == null) != (preNumber == null)) {
            throw new IllegalArgumentException("inconsistent version parts");
        }
        this.epoch = epoch;
        this.release = List.copyOf(release);
        this.preLabel = preLabel;
        this.preNumber = preNumber;
        this.post = post;
        this.dev = dev;
        this.local = local == null ? null : List.copyOf(local);
        int length = release.size();
        while (length > 0 && release.get(length - 1).isZero()) {
            length--;
        }
        this.releaseLengthWithoutTrailingZeros = length;
    }

    /**
     * Parses a version string.
     *
     * @throws InvalidVersionException with packaging's message {@code Invalid version: '<text>'}
     */
    public static Version parse(String text) {
        return VersionParser.parse(text);
    }

    public BigInteger epoch() {
        return epoch.toBigInteger();
    }

    /** The release segment as written, including trailing zeros ({@code 1.0.0} gives [1, 0, 0]). */
    public List<BigInteger> release() {
        List<BigInteger> numbers = new ArrayList<>(release.size());
        for (NaturalNumber number : release) {
            numbers.add(number.toBigInteger());
        }
        return List.copyOf(numbers);
    }

    /** {@code a}, {@code b} or {@code rc}, or null for a version without a pre-release part. */
    public String preReleaseLabel() {
        return preLabel;
    }

    /** The pre-release number, or null. */
    public BigInteger preReleaseNumber() {
        return preNumber == null ? null : preNumber.toBigInteger();
    }

    /** The post-release number, or null. */
    public BigInteger postRelease() {
        return post == null ? null : post.toBigInteger();
    }

    /** The development-release number, or null. */
    public BigInteger devRelease() {
        return dev == null ? null : dev.toBigInteger();
    }

    /** A pre-release or development release, as packaging's {@code is_prerelease} defines it. */
    public boolean isPrerelease() {
        return preLabel != null || dev != null;
    }

    public boolean isDevrelease() {
        return dev != null;
    }

    public boolean isPostrelease() {
        return post != null;
    }

    /** The normalised local label ({@code ubuntu.1} for {@code +Ubuntu-01}), or null. PyPI rejects these. */
    public String local() {
        return local == null ? null : joinLocal();
    }

    /** The version without its local label, as a string ({@code Version.public}). */
    public String publicVersion() {
        return format(release.size(), false);
    }

    /** Epoch and release only ({@code Version.base_version}). */
    public String baseVersion() {
        StringBuilder out = new StringBuilder();
        appendEpochAndRelease(out, release.size());
        return out.toString();
    }

    /**
     * {@code packaging.utils.canonicalize_version(v)}: {@link #toString()} with trailing zeros
     * stripped from the release segment, keeping at least one part. Equal versions (other than
     * by local label spelling) have equal canonical forms.
     */
    public String canonical() {
        return format(Math.max(1, releaseLengthWithoutTrailingZeros), true);
    }

    /** {@code str(Version(v))}, the normal form: {@code 1.0-RC1} prints as {@code 1.0rc1}. */
    @Override
    public String toString() {
        return format(release.size(), true);
    }

    private String format(int releaseParts, boolean withLocal) {
        StringBuilder out = new StringBuilder();
        appendEpochAndRelease(out, releaseParts);
        if (preLabel != null) {
            out.append(preLabel).append(preNumber);
        }
        if (post != null) {
            out.append(".post").append(post);
        }
        if (dev != null) {
            out.append(".dev").append(dev);
        }
        if (withLocal && local != null) {
            out.append('+').append(joinLocal());
        }
        return out.toString();
    }

    private void appendEpochAndRelease(StringBuilder out, int releaseParts) {
        if (!epoch.isZero()) {
            out.append(epoch).append('!');
        }
        for (int i = 0; i < releaseParts; i++) {
            if (i > 0) {
                out.append('.');
            }
            out.append(release.get(i));
        }
    }

    private String joinLocal() {
        StringBuilder out = new StringBuilder();
        for (LocalVersionPart part : local) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(part.text());
        }
        return out.toString();
    }

    /**
     * Orders by epoch, release (ignoring trailing zeros), then the pre/post/dev suffix
     * (dev-only releases first, then a, b, rc, final, post), then the local label (none
     * first; numeric parts above string parts), as packaging's sort key does.
     */
    @Override
    public int compareTo(Version other) {
        return VersionOrder.compare(this, other);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Version && compareTo((Version) other) == 0);
    }

    @Override
    public int hashCode() {
        return Objects.hash(epoch, release.subList(0, releaseLengthWithoutTrailingZeros),
                VersionOrder.preRank(this), preNumber, post, dev, local);
    }

    // ---- building related versions, for specifier bounds ---------------------------------

    boolean hasLocal() {
        return local != null;
    }

    List<LocalVersionPart> localParts() {
        return local;
    }

    /** How many release parts remain once trailing zeros are dropped (possibly none). */
    int significantReleaseLength() {
        return releaseLengthWithoutTrailingZeros;
    }

    NaturalNumber epochNumber() {
        return epoch;
    }

    List<NaturalNumber> releaseNumbers() {
        return release;
    }

    NaturalNumber devNumber() {
        return dev;
    }

    NaturalNumber postNumber() {
        return post;
    }

    String preLabelOrNull() {
        return preLabel;
    }

    NaturalNumber preNumberOrNull() {
        return preNumber;
    }

    /** A copy with the given post and dev numbers (null clears them) and no local label. */
    Version withPostAndDev(NaturalNumber newPost, NaturalNumber newDev) {
        return new Version(epoch, release, preLabel, preNumber, newPost, newDev, null);
    }

    /** {@code <epoch>!<release>.dev0}, the smallest version with this release. */
    static Version devZeroOf(NaturalNumber epoch, List<NaturalNumber> release) {
        return new Version(epoch, release, null, null, null, NaturalNumber.ZERO, null);
    }
}
