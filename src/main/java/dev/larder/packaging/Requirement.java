package dev.larder.packaging;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A PEP 508 dependency specifier such as
 * {@code requests[security] >=2.8.1, ==2.8.* ; python_version < "2.7"} or
 * {@code pip @ https://example.com/pip.zip}, parsed like packaging's {@code Requirement}.
 *
 * <p>{@link #toString()} is packaging's {@code str(Requirement)}: the name as written, extras
 * sorted, the specifier set in normal form, {@code  @ url}, and the marker after {@code ; } in
 * packaging's normal form. That string is what PyPI stores for {@code Requires-Dist} and
 * quotes in its "Can't have direct dependency" error.
 *
 * <p>Deviation: packaging accepts a marker value holding both quote characters (only
 * possible through escapes such as {@code '\'"'}) but then fails to print it; since such a
 * requirement can be neither stored nor shown, {@link #parse(String)} rejects it.
 */
public final class Requirement {

    private final String name;
    private final List<String> extras;
    private final SpecifierSet specifier;
    private final String url;
    private final String marker;

    private Requirement(String name, List<String> extras, SpecifierSet specifier, String url, String marker) {
        this.name = name;
        this.extras = extras;
        this.specifier = specifier;
        this.url = url;
        this.marker = marker;
    }

    /**
     * Parses a dependency specifier.
     *
     * @throws InvalidRequirementException with packaging's message, including the caret display
     */
    public static Requirement parse(String text) {
        Objects.requireNonNull(text, "text");
        RequirementParser.Parsed parsed = RequirementParser.parse(text);
        String marker = null;
        if (parsed.marker() != null) {
            if (MarkerExpression.hasUnprintableValue(parsed.marker())) {
                String reason = "Cannot serialize marker value containing both quote characters";
                throw new InvalidRequirementException(reason, reason);
            }
            marker = MarkerExpression.format(parsed.marker());
        }
        List<String> extras = List.copyOf(new TreeSet<>(parsed.extras()));
        return new Requirement(parsed.name(), extras, parsed.specifier(), parsed.url(), marker);
    }

    /** The project name as written (not normalized). */
    public String name() {
        return name;
    }

    /** The distinct extras as written, sorted. */
    public List<String> extras() {
        return extras;
    }

    /** The version specifier set; empty for a bare name or a URL requirement. */
    public SpecifierSet specifier() {
        return specifier;
    }

    /** The direct reference after {@code @}, or null. PyPI rejects uploads that declare one. */
    public String url() {
        return url;
    }

    /** The environment marker in packaging's normal form ({@code python_version >= "3.8"}), or null. */
    public String marker() {
        return marker;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(name);
        if (!extras.isEmpty()) {
            out.append('[').append(String.join(",", extras)).append(']');
        }
        if (!specifier.isEmpty()) {
            out.append(specifier);
        }
        if (url != null) {
            out.append(" @ ").append(url);
            if (marker != null) {
                out.append(' ');
            }
        }
        if (marker != null) {
            out.append("; ").append(marker);
        }
        return out.toString();
    }

    /** Like packaging: names and extras compare normalized, specifiers by meaning. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Requirement)) {
            return false;
        }
        Requirement that = (Requirement) other;
        return ProjectName.normalize(name).equals(ProjectName.normalize(that.name))
                && normalizedExtras().equals(that.normalizedExtras())
                && specifier.equals(that.specifier)
                && Objects.equals(url, that.url)
                && Objects.equals(marker, that.marker);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ProjectName.normalize(name), normalizedExtras(), specifier, url, marker);
    }

    private Set<String> normalizedExtras() {
        Set<String> normalized = new TreeSet<>();
        for (String extra : extras) {
            normalized.add(ProjectName.normalize(extra));
        }
        return normalized;
    }
}
