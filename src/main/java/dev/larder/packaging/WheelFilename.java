package dev.larder.packaging;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A parsed wheel filename, {@code {name}-{version}(-{build})?-{python}-{abi}-{platform}.whl},
 * with packaging's {@code parse_wheel_filename} rules and error messages.
 *
 * @param rawName      the name part as written ({@code Foo_Bar}); PyPI requires it to equal the
 *                     project's {@link ProjectName#filenameForm()} exactly
 * @param name         the name part PEP 503-normalized ({@code foo-bar})
 * @param version      the version part, compared by value ({@code 1.0.0} equals {@code 1.0})
 * @param buildTag     the build tag, or null
 * @param pythonTags   the interpreter tags of the compressed tag set, lower-cased, in written order
 * @param abiTags      the ABI tags, lower-cased, in written order
 * @param platformTags the platform tags, lower-cased, in written order
 */
public record WheelFilename(String rawName, String name, Version version, BuildTag buildTag,
                            List<String> pythonTags, List<String> abiTags, List<String> platformTags) {

    public WheelFilename {
        Objects.requireNonNull(rawName, "rawName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        pythonTags = List.copyOf(pythonTags);
        abiTags = List.copyOf(abiTags);
        platformTags = List.copyOf(platformTags);
    }

    /**
     * Parses a wheel filename.
     *
     * @throws InvalidFilenameException with packaging's message
     */
    public static WheelFilename parse(String filename) {
        Objects.requireNonNull(filename, "filename");
        if (!filename.endsWith(".whl")) {
            throw new InvalidFilenameException(
                    "Invalid wheel filename (extension must be '.whl'): " + PythonRepr.of(filename));
        }
        String stem = filename.substring(0, filename.length() - 4);
        String quoted = PythonRepr.of(stem);
        int dashes = (int) stem.chars().filter(c -> c == '-').count();
        if (dashes != 4 && dashes != 5) {
            throw new InvalidFilenameException("Invalid wheel filename (wrong number of parts): " + quoted);
        }
        String[] parts = stem.split("-", dashes - 1);
        String rawName = parts[0];
        if (rawName.contains("__") || !isEscapedName(rawName)) {
            throw new InvalidFilenameException("Invalid project name: " + quoted);
        }
        Version version;
        try {
            version = Version.parse(parts[1]);
        } catch (InvalidVersionException e) {
            throw new InvalidFilenameException("Invalid wheel filename (invalid version): " + quoted);
        }
        BuildTag buildTag = dashes == 5 ? parseBuildTag(parts[2], quoted) : null;
        String[] components = parts[parts.length - 1].split("-", -1);
        List<String> pythonTags = tagSet(components[0], quoted);
        List<String> abiTags = tagSet(components[1], quoted);
        List<String> platformTags = tagSet(components[2], quoted);
        for (String interpreter : pythonTags) {
            if (!PythonCharacter.isIdentifier(interpreter)) {
                throw invalidTag(quoted);
            }
        }
        return new WheelFilename(rawName, ProjectName.normalize(rawName), version, buildTag,
                lowerCase(pythonTags), lowerCase(abiTags), lowerCase(platformTags));
    }

    /** PEP 427's escaped name: one or more of Python's {@code \w}, {@code .} and {@code _}. */
    private static boolean isEscapedName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        return name.codePoints().allMatch(cp -> cp == '.' || PythonCharacter.isWordCharacter(cp));
    }

    /** {@code (\d+)(.*)\Z} with ASCII digits; {@code .} does not match a line break. */
    private static BuildTag parseBuildTag(String part, String quotedStem) {
        int digits = 0;
        while (digits < part.length() && PythonCharacter.isAsciiDigit(part.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || part.indexOf('\n', digits) >= 0) {
            throw new InvalidFilenameException("Invalid build number: " + part + " in " + quotedStem);
        }
        return new BuildTag(new BigInteger(part.substring(0, digits)), part.substring(digits));
    }

    /** One component of a compressed tag set ({@code py2.py3}); empty members are invalid. */
    private static List<String> tagSet(String component, String quotedStem) {
        List<String> tags = new ArrayList<>();
        for (String tag : component.split("\\.", -1)) {
            if (tag.isEmpty()) {
                throw invalidTag(quotedStem);
            }
            tags.add(tag);
        }
        return tags;
    }

    /** packaging's {@code Tag} lower-cases every part; PyPI judges platform tags in that form. */
    private static List<String> lowerCase(List<String> tags) {
        List<String> lower = new ArrayList<>(tags.size());
        for (String tag : tags) {
            lower.add(tag.toLowerCase(Locale.ROOT));
        }
        return lower;
    }

    private static InvalidFilenameException invalidTag(String quotedStem) {
        return new InvalidFilenameException("Invalid wheel filename (invalid tag component): " + quotedStem);
    }

    /**
     * The expanded tag triples ({@code py3-none-any}), in written order without repeats:
     * {@code py2.py3-none-any} yields {@code py2-none-any} and {@code py3-none-any}.
     */
    public List<String> tags() {
        Set<String> tags = new LinkedHashSet<>();
        for (String python : pythonTags) {
            for (String abi : abiTags) {
                for (String platform : platformTags) {
                    tags.add(python + "-" + abi + "-" + platform);
                }
            }
        }
        return List.copyOf(tags);
    }
}
