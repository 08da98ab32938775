package dev.larder.packaging;

import java.util.Locale;
import java.util.Objects;

/**
 * A valid project name as uploaded ({@code display}) together with its PEP 503 normalized
 * form, which is the project's identity: {@code Foo_Bar}, {@code foo-bar} and
 * {@code FOO.bar} all name the project {@code foo-bar}.
 *
 * <p>Record equality compares both components; compare {@link #normalized()} (or use
 * {@link #isSameProjectAs(ProjectName)}) to ask whether two names denote one project.
 */
public record ProjectName(String display, String normalized) {

    public ProjectName {
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(normalized, "normalized");
        if (!isValid(display) || !normalize(display).equals(normalized)) {
            throw new InvalidProjectNameException("name is invalid: " + PythonRepr.of(display));
        }
    }

    /**
     * The core-metadata rule {@code ^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$}, ASCII only and
     * case-insensitive, matched against the whole string (a trailing newline is not allowed).
     */
    public static boolean isValid(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        int last = name.length() - 1;
        if (!PythonCharacter.isAsciiAlphanumeric(name.charAt(0)) || !PythonCharacter.isAsciiAlphanumeric(name.charAt(last))) {
            return false;
        }
        for (int i = 1; i < last; i++) {
            char c = name.charAt(i);
            if (!PythonCharacter.isAsciiAlphanumeric(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /**
     * PEP 503 normalization, like {@code packaging.utils.canonicalize_name}: lower-case, then
     * every run of {@code -}, {@code _} and {@code .} becomes one {@code -}. It does not
     * validate: {@code _private} becomes {@code -private}.
     */
    public static String normalize(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean inSeparatorRun = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '-' || c == '_' || c == '.') {
                if (!inSeparatorRun) {
                    out.append('-');
                }
                inSeparatorRun = true;
            } else {
                out.append(c);
                inSeparatorRun = false;
            }
        }
        return out.toString();
    }

    /**
     * Validates and normalizes a raw name.
     *
     * @throws InvalidProjectNameException if {@link #isValid(String)} rejects it
     */
    public static ProjectName of(String raw) {
        Objects.requireNonNull(raw, "raw");
        if (!isValid(raw)) {
            throw new InvalidProjectNameException("name is invalid: " + PythonRepr.of(raw));
        }
        return new ProjectName(raw, normalize(raw));
    }

    /** The name as it must start sdist and wheel filenames: normalized, with {@code _} for {@code -}. */
    public String filenameForm() {
        return normalized.replace('-', '_');
    }

    public boolean isSameProjectAs(ProjectName other) {
        return normalized.equals(other.normalized);
    }

    @Override
    public String toString() {
        return display;
    }
}
