package dev.larder.packaging.archive;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The files written by src/test/python/generate_archive_fixtures.py, on the test classpath. */
final class ArchiveFixtures {

    static final String WHEEL_NAME = "demo_pkg-1.0-py3-none-any.whl";
    static final String SDIST_NAME = "demo_pkg-1.0.tar.gz";
    static final String ZIP_SDIST_NAME = "demo_pkg-1.0.zip";

    private ArchiveFixtures() {
    }

    static Path fixture(String relative) {
        URL url = ArchiveFixtures.class.getResource("/archive-fixtures/" + relative);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + relative + "; run generate_archive_fixtures.py");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path wheel(String name) {
        return fixture("wheel/" + name);
    }

    static Path sdist(String name) {
        return fixture("sdist/" + name);
    }

    static String zipReason(String reason) {
        return "ZIP archive not accepted: " + reason + ". See https://docs.pypi.org/archives for more information";
    }

    static String tarReason(String reason) {
        return "tar archive not accepted: " + reason + ". See https://docs.pypi.org/archives for more information";
    }
}
