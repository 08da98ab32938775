package dev.larder.packaging;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One PEP 440 version specifier clause such as {@code >=1.0}, {@code ~=2.2},
 * {@code !=1.5.*} or {@code ===1.0-custom}, with packaging 26.x's matching rules.
 *
 * <p>{@link #matches(Version)} answers whether a version satisfies the clause without any
 * pre-release policy; {@link SpecifierSet} applies that policy. The rules packaging
 * implements beyond plain comparison are kept here:
 * <ul>
 *   <li>{@code ==V} and {@code !=V} ignore the candidate's local label unless V has one;</li>
 *   <li>{@code <=V} also admits local versions of V;</li>
 *   <li>{@code <V} excludes pre-releases of V unless V itself is one;</li>
 *   <li>{@code >V} excludes post-releases (and local versions) of V unless V is a post-release;</li>
 *   <li>{@code ==V.*} is a prefix match, so it includes V's pre-releases;</li>
 *   <li>{@code ===X} compares the normalised version string case-insensitively.</li>
 * </ul>
 */
public final class Specifier {

    private final String operator;
    private final String version;
    private final Version specVersion;
    private final boolean wildcard;

    private Specifier(String operator, String version) {
        this.operator = operator;
        this.version = version;
        this.wildcard = !operator.equals("===") && version.endsWith(".*");
        this.specVersion = operator.equals("===") ? null
                : Version.parse(wildcard ? version.substring(0, version.length() - 2) : version);
    }

    /**
     * Parses one clause; surrounding whitespace is allowed.
     *
     * @throws InvalidSpecifierException {@code Invalid specifier: '<text>'}
     */
    public static Specifier parse(String text) {
        Objects.requireNonNull(text, "text");
        int start = SpecifierSyntax.skipWhitespace(text, 0);
        int end = SpecifierSyntax.matchAt(text, start);
        if (end < 0 || SpecifierSyntax.skipWhitespace(text, end) != text.length()) {
            throw new InvalidSpecifierException("Invalid specifier: " + PythonRepr.of(text));
        }
        String clause = PythonCharacter.strip(text);
        int operatorLength = clause.startsWith("===") ? 3
                : clause.startsWith("~=") || clause.startsWith("==") || clause.startsWith("!=")
                        || clause.startsWith("<=") || clause.startsWith(">=") ? 2 : 1;
        return new Specifier(clause.substring(0, operatorLength), PythonCharacter.strip(clause.substring(operatorLength)));
    }

    /** One of {@code ~= == != <= >= < > ===}. */
    public String operator() {
        return operator;
    }

    /** The version text after the operator, as written (only whitespace removed). */
    public String version() {
        return version;
    }

    /** Whether {@code candidate} satisfies this clause, disregarding pre-release policy. */
    public boolean matches(Version candidate) {
        switch (operator) {
            case "===":
                return candidate.toString().equals(version.toLowerCase(Locale.ROOT));
            case "==":
                return equalsClause(candidate);
            case "!=":
                return !equalsClause(candidate);
            case ">=":
                return candidate.compareTo(specVersion) >= 0;
            case "<=":
                return VersionOrder.compareIgnoringLocal(candidate, specVersion) <= 0;
            case "<":
                return candidate.compareTo(upperBoundOfLessThan()) < 0;
            case ">":
                return greaterThan(candidate);
            default:
                return compatible(candidate);
        }
    }

    private boolean equalsClause(Version candidate) {
        if (wildcard) {
            List<NaturalNumber> release = specVersion.releaseNumbers();
            Version lower = Version.devZeroOf(specVersion.epochNumber(), release);
            Version upper = Version.devZeroOf(specVersion.epochNumber(), bumpLast(release, release.size()));
            return candidate.compareTo(lower) >= 0 && candidate.compareTo(upper) < 0;
        }
        return specVersion.hasLocal()
                ? candidate.compareTo(specVersion) == 0
                : VersionOrder.compareIgnoringLocal(candidate, specVersion) == 0;
    }

    /** {@code <V} means {@code < V.dev0} unless V is already a pre-release. */
    private Version upperBoundOfLessThan() {
        return specVersion.isPrerelease()
                ? specVersion
                : specVersion.withPostAndDev(specVersion.postNumber(), NaturalNumber.ZERO);
    }

    private boolean greaterThan(Version candidate) {
        if (specVersion.devNumber() != null) {
            Version next = specVersion.withPostAndDev(specVersion.postNumber(), specVersion.devNumber().increment());
            return candidate.compareTo(next) >= 0;
        }
        if (specVersion.postNumber() != null) {
            Version next = specVersion.withPostAndDev(specVersion.postNumber().increment(), NaturalNumber.ZERO);
            return candidate.compareTo(next) >= 0;
        }
        // Above V and all of V's post-releases and local versions: a later release, or a
        // later pre-release of the same release.
        int release = VersionOrder.compareEpochAndRelease(candidate, specVersion);
        return release != 0 ? release > 0 : VersionOrder.comparePreReleases(candidate, specVersion) > 0;
    }

    /** {@code ~=X.Y.Z} is {@code >=X.Y.Z, ==X.Y.*}: at least V, below the next X.(Y+1).dev0. */
    private boolean compatible(Version candidate) {
        List<NaturalNumber> release = specVersion.releaseNumbers();
        Version upper = Version.devZeroOf(specVersion.epochNumber(), bumpLast(release, release.size() - 1));
        return candidate.compareTo(specVersion) >= 0 && candidate.compareTo(upper) < 0;
    }

    /** The first {@code length} release parts with the last of them incremented. */
    private static List<NaturalNumber> bumpLast(List<NaturalNumber> release, int length) {
        NaturalNumber[] parts = release.subList(0, length).toArray(new NaturalNumber[0]);
        parts[length - 1] = parts[length - 1].increment();
        return List.of(parts);
    }

    /**
     * The key packaging compares specifiers by: the version text for {@code ===} and
     * wildcards, otherwise the normalised version (without trailing zeros except for
     * {@code ~=}, where they change the meaning).
     */
    String canonicalVersion() {
        if (specVersion == null || wildcard) {
            return version;
        }
        return operator.equals("~=") ? specVersion.toString() : specVersion.canonical();
    }

    /** Same operator and canonical version: {@code ==1.0} equals {@code == 1.0.0}. */
    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Specifier
                && operator.equals(((Specifier) other).operator)
                && canonicalVersion().equals(((Specifier) other).canonicalVersion()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(operator, canonicalVersion());
    }

    /** Operator and version text without whitespace, e.g. {@code >=1.0} for {@code >= 1.0}. */
    @Override
    public String toString() {
        return operator + version;
    }
}
