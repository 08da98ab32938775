package dev.larder.packaging;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A comma-separated list of version specifier clauses, such as a {@code Requires-Python}
 * value or the version part of a requirement, matched like packaging's
 * {@code SpecifierSet}.
 *
 * <p>An empty text gives the empty set, which every version satisfies. {@link #toString()}
 * is packaging's normal form: clauses sorted as strings, duplicates (by meaning, so
 * {@code >=1.0} and {@code >=1.0.0} are one) removed, joined with {@code ,}.
 */
public final class SpecifierSet {

    private final List<Specifier> specifiers;

    private SpecifierSet(List<Specifier> specifiers) {
        this.specifiers = List.copyOf(specifiers);
    }

    /**
     * Parses a specifier list; empty clauses (as in {@code ">=1,,<2"} or a trailing comma) are
     * skipped, as packaging does.
     *
     * @throws InvalidSpecifierException naming the first clause that does not parse
     */
    public static SpecifierSet parse(String text) {
        Objects.requireNonNull(text, "text");
        List<Specifier> parsed = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int comma = text.indexOf(',', start);
            int end = comma < 0 ? text.length() : comma;
            String clause = PythonCharacter.strip(text.substring(start, end));
            if (!clause.isEmpty()) {
                parsed.add(Specifier.parse(clause));
            }
            start = end + 1;
        }
        return new SpecifierSet(parsed);
    }

    /** The clauses in their written order. */
    public List<Specifier> specifiers() {
        return specifiers;
    }

    public boolean isEmpty() {
        return specifiers.isEmpty();
    }

    /**
     * Whether {@code version} satisfies every clause. With {@code prereleases} false, any
     * pre-release or development release is rejected outright; with true, pre-releases
     * are judged by the clauses like any version.
     */
    public boolean contains(Version version, boolean prereleases) {
        Objects.requireNonNull(version, "version");
        if (!prereleases && version.isPrerelease()) {
            return false;
        }
        for (Specifier specifier : specifiers) {
            if (!specifier.matches(version)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code version in specifier_set}: packaging 26 admits a single pre-release when the
     * clauses do (PEP 440 lets a lone candidate through when nothing else matches), so this
     * is {@code contains(version, true)}.
     */
    public boolean contains(Version version) {
        return contains(version, true);
    }

    /** The clauses sorted by their text, with clauses of equal meaning dropped after the first. */
    private List<Specifier> canonicalSpecifiers() {
        List<Specifier> sorted = new ArrayList<>(specifiers);
        sorted.sort((a, b) -> PythonStringOrder.INSTANCE.compare(a.toString(), b.toString()));
        Set<Specifier> unique = new LinkedHashSet<>(sorted);
        return new ArrayList<>(unique);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof SpecifierSet
                && canonicalSpecifiers().equals(((SpecifierSet) other).canonicalSpecifiers()));
    }

    @Override
    public int hashCode() {
        return canonicalSpecifiers().hashCode();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Specifier specifier : canonicalSpecifiers()) {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(specifier);
        }
        return out.toString();
    }
}
