package dev.larder.upload;

import dev.larder.packaging.InvalidFilenameException;
import dev.larder.packaging.PlatformTags;
import dev.larder.packaging.ProjectName;
import dev.larder.packaging.SdistFilename;
import dev.larder.packaging.Version;
import dev.larder.packaging.WheelFilename;
import dev.larder.packaging.archive.InvalidDistributionException;
import dev.larder.packaging.archive.SdistInspector;
import dev.larder.packaging.archive.WheelInspector;
import dev.larder.packaging.coremetadata.CoreMetadata;
import dev.larder.packaging.metadata.UploadMetadata;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the file itself must satisfy (PyPI's steps 21-23): its name agrees with the project and
 * version, it is a well-formed archive, and the files its metadata names are inside it.
 * Filename problems are reported before content problems, since they are cheaper to find and
 * to fix. Beyond PyPI, the metadata inside the file must name the same project and version as
 * the form, because pip refuses such files later with a far less helpful error.
 */
final class DistributionChecks {
    private static final WheelInspector WHEELS = new WheelInspector();
    private static final SdistInspector SDISTS = new SdistInspector();
    private DistributionChecks() {}

    /** Checks the file and returns the bytes to serve as its PEP 658 {@code .metadata}, for wheels. */
    static Optional<byte[]> check(Path file, String filename, String filetype, UploadMetadata meta, String projectName) {
        String normalizedUnderscored = meta.name().filenameForm();
        if (filetype.equals("sdist")) {
            checkSdistName(filename, meta, projectName, normalizedUnderscored);
            byte[] pkgInfo = inspect(() -> {
                var contents = SDISTS.inspect(file, filename);
                contents.requireLicenseFiles(meta.licenseFiles());
                return contents.pkgInfo();
            });
            checkMetadataAgrees(pkgInfo, meta);
            return Optional.empty();
        }
        checkWheelName(filename, meta, projectName, normalizedUnderscored);
        byte[] metadata = inspect(() -> WHEELS.inspect(file, filename, meta.licenseFiles()).metadata());
        checkMetadataAgrees(metadata, meta);
        return Optional.of(metadata);
    }

    private static void checkSdistName(String filename, UploadMetadata meta, String projectName, String normalizedUnderscored) {
        SdistFilename parsed;
        try {
            parsed = SdistFilename.parse(filename);
        } catch (InvalidFilenameException e) {
            throw UploadRejected.badRequest("Invalid source distribution filename: " + filename);
        }
        if (!parsed.name().equals(meta.name().normalized())) {
            throw UploadRejected.badRequest("Start filename for '" + projectName + "' with '" + normalizedUnderscored + "'.");
        }
        String expected = normalizedUnderscored + "-" + meta.version() + ".tar.gz";
        if (!filename.equals(expected)) {
            throw UploadRejected.badRequest("Filename '" + filename + "' is invalid, should be '" + expected + "'.");
        }
    }

    private static void checkWheelName(String filename, UploadMetadata meta, String projectName, String normalizedUnderscored) {
        WheelFilename wheel;
        try {
            wheel = WheelFilename.parse(filename);
        } catch (InvalidFilenameException e) {
            throw UploadRejected.badRequest(e.getMessage());
        }
        for (String tag : wheel.platformTags()) {
            if (!PlatformTags.isAllowedOnUpload(tag)) {
                throw UploadRejected.badRequest("Binary wheel '" + filename + "' has an unsupported platform tag '" + tag + "'.");
            }
        }
        if (!wheel.name().equals(meta.name().normalized())) {
            throw UploadRejected.badRequest("Start filename for '" + projectName + "' with '" + normalizedUnderscored + "'.");
        }
        if (!wheel.rawName().equals(normalizedUnderscored)) {
            throw UploadRejected.badRequest("Filename '" + filename + "' should contain the normalized project name '"
                    + normalizedUnderscored + "', not '" + wheel.rawName() + "'.");
        }
        if (!wheel.version().equals(meta.version())) {
            throw UploadRejected.badRequest("Version in filename should be '" + meta.version() + "' not '" + wheel.version() + "'.");
        }
    }

    private static void checkMetadataAgrees(byte[] raw, UploadMetadata meta) {
        CoreMetadata inside = CoreMetadata.parse(raw);
        String name = inside.name().orElse("");
        if (!ProjectName.normalize(name).equals(meta.name().normalized())) {
            throw UploadRejected.badRequest(UploadMessages.metadataMismatch("name", name, meta.name().display()));
        }
        String version = inside.version().orElse("");
        boolean same;
        try {
            same = Version.parse(version).equals(meta.version());
        } catch (RuntimeException e) {
            same = false;
        }
        if (!same) {
            throw UploadRejected.badRequest(UploadMessages.metadataMismatch("version", version, meta.version().toString()));
        }
    }

    private interface Inspection {
        byte[] run() throws Exception;
    }

    private static byte[] inspect(Inspection inspection) {
        try {
            return inspection.run();
        } catch (InvalidDistributionException e) {
            throw UploadRejected.badRequest(UploadMessages.INVALID_DIST + " " + e.getMessage());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (UploadRejected e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
