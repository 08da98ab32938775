package dev.larder.index.browse;

import java.util.List;
import java.util.Optional;

/** The metadata sidebar of a release, from its first upload's form. */
public record ReleaseMetadata(Optional<String> license, Optional<String> licenseExpression, Optional<String> requiresPython,
                              Optional<String> author, Optional<String> authorEmail, Optional<String> maintainer,
                              Optional<String> maintainerEmail, List<ProjectLink> links, List<String> classifiers,
                              List<String> keywords) {

    /** Whether the "Meta" list has a line to show (license, Python, author or maintainer). */
    public boolean hasFacts() {
        return license.isPresent() || licenseExpression.isPresent() || requiresPython.isPresent() || author.isPresent()
                || authorEmail.isPresent() || maintainer.isPresent() || maintainerEmail.isPresent();
    }
}
