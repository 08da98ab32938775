package dev.larder.packaging;

import java.util.Objects;

/**
 * A parsed source distribution filename, {@code {name}-{version}.tar.gz} or {@code .zip},
 * with packaging's {@code parse_sdist_filename} rules and error messages. The name and
 * version are split at the last {@code -}, since a PEP 440 version contains none.
 *
 * <p>Parsing is lenient on purpose, as packaging's is: the name is normalized but not
 * validated and the version need not be in normal form. PyPI then separately demands the
 * exact PEP 625 form {@code <ProjectName.filenameForm()>-<Version>.tar.gz}.
 *
 * @param rawName   the name part as written
 * @param name      the name part PEP 503-normalized
 * @param version   the version part
 * @param extension {@code .tar.gz} or {@code .zip}
 */
public record SdistFilename(String rawName, String name, Version version, String extension) {

    public SdistFilename {
        Objects.requireNonNull(rawName, "rawName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(extension, "extension");
    }

    /**
     * Parses an sdist filename.
     *
     * @throws InvalidFilenameException with packaging's message
     */
    public static SdistFilename parse(String filename) {
        Objects.requireNonNull(filename, "filename");
        String quoted = PythonRepr.of(filename);
        String extension = filename.endsWith(".tar.gz") ? ".tar.gz" : filename.endsWith(".zip") ? ".zip" : null;
        if (extension == null) {
            throw new InvalidFilenameException(
                    "Invalid sdist filename (extension must be '.tar.gz' or '.zip'): " + quoted);
        }
        String stem = filename.substring(0, filename.length() - extension.length());
        int dash = stem.lastIndexOf('-');
        if (dash < 0) {
            throw new InvalidFilenameException("Invalid sdist filename: " + quoted);
        }
        if (dash == 0) {
            throw new InvalidFilenameException("Invalid sdist filename (empty project name): " + quoted);
        }
        String rawName = stem.substring(0, dash);
        Version version;
        try {
            version = Version.parse(stem.substring(dash + 1));
        } catch (InvalidVersionException e) {
            throw new InvalidFilenameException("Invalid sdist filename (invalid version): " + quoted);
        }
        return new SdistFilename(rawName, ProjectName.normalize(rawName), version, extension);
    }
}
