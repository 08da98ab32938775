package dev.larder.packaging.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Validates an uploaded wheel the way PyPI does and extracts what Larder stores from it.
 *
 * <p>PyPI's order is: archive validation (upload step 21, {@link #checkArchive}), then checks on the
 * filename and form (steps 23a–e, the caller's), then License-File, RECORD, entry points and
 * METADATA (steps 23f–i). {@link #inspect(Path, String, List)} runs step 21 and 23f–i together;
 * a caller that needs PyPI's exact message when several things are wrong calls
 * {@link #checkArchive} first, runs its own checks, then calls {@code inspect}.
 *
 * <p>Nothing is extracted to disk; only RECORD, entry_points.txt and METADATA are inflated, each
 * within {@link ArchiveLimits}.
 */
public final class WheelInspector {

    private final ArchiveLimits limits;

    public WheelInspector() {
        this(ArchiveLimits.defaults());
    }

    public WheelInspector(ArchiveLimits limits) {
        this.limits = limits;
    }

    /**
     * Upload step 21 for a wheel (§2.8): not both zip and tar; a zip; compression ratio; compression
     * methods; a filename with name and version; {@code <name>-<ver>.dist-info/WHEEL} present; the
     * strict structure check.
     *
     * @param file     the uploaded bytes
     * @param filename the upload's filename, e.g. {@code demo_pkg-1.0-py3-none-any.whl}
     */
    public void checkArchive(Path file, String filename) throws InvalidDistributionException, IOException {
        openChecked(file, filename).close(); // all checks run while opening
    }

    /** {@link #inspect(Path, String, List)} for a release without License-File entries. */
    public WheelContents inspect(Path file, String filename) throws InvalidDistributionException, IOException {
        return inspect(file, filename, List.of());
    }

    /**
     * Step 21 and steps 23f–i: every License-File path must exist under
     * {@code <name>-<ver>.dist-info/licenses/}; RECORD must exist and be readable; entry_points.txt,
     * if present, must be valid; METADATA must exist.
     *
     * @param licenseFiles the form's {@code license_file} values (metadata 2.4+), possibly empty
     */
    public WheelContents inspect(Path file, String filename, List<String> licenseFiles)
            throws InvalidDistributionException, IOException {
        try (ZipArchive zip = openChecked(file, filename)) {
            String distInfo = distInfoDirectory(filename);
            for (String licenseFile : licenseFiles) {
                String path = distInfo + "/licenses/" + licenseFile;
                if (!zip.contains(path)) {
                    throw new InvalidDistributionException("License-File " + licenseFile
                            + " does not exist in distribution file " + baseName(filename) + " at " + path);
                }
            }
            String recordPath = distInfo + "/RECORD";
            Optional<WheelRecord> record = zip.read(recordPath, limits.maxRecordBytes())
                    .flatMap(bytes -> WheelRecord.read(bytes, limits.maxEntries()));
            if (record.isEmpty()) {
                throw new InvalidDistributionException("Wheel '" + baseName(filename)
                        + "' does not contain the required RECORD file: " + recordPath);
            }
            Optional<byte[]> entryPointsFile = zip.read(distInfo + "/entry_points.txt", limits.maxMetadataBytes());
            EntryPoints entryPoints = EntryPoints.none();
            if (entryPointsFile.isPresent()) {
                entryPoints = EntryPointsFile.parse(entryPointsFile.get()).orElseThrow(() ->
                        new InvalidDistributionException("Wheel '" + baseName(filename)
                                + "' has invalid entry points defined in the entry_points.txt file"));
            }
            String metadataPath = distInfo + "/METADATA";
            byte[] metadata = zip.read(metadataPath, limits.maxMetadataBytes()).orElseThrow(() ->
                    new InvalidDistributionException("Wheel '" + baseName(filename)
                            + "' does not contain the required METADATA file: " + metadataPath));
            return new WheelContents(metadata, record.get().compareWith(zip.names(), distInfo).orElse(null),
                    entryPoints);
        }
    }

    private ZipArchive openChecked(Path file, String filename) throws InvalidDistributionException, IOException {
        requireWheelName(filename);
        PolyglotCheck.rejectIfBothZipAndTar(file);
        ZipArchive zip = ZipArchive.open(file, limits);
        try {
            zip.checkCompressionRatio();
            zip.checkCompressionMethods();
            String wheel = distInfoDirectory(filename) + "/WHEEL";
            if (!zip.contains(wheel)) {
                throw new InvalidDistributionException("WHEEL not found at " + wheel);
            }
            zip.checkStructure();
            return zip;
        } catch (InvalidDistributionException | IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /**
     * {@code <name>-<ver>.dist-info} from the raw filename parts, as PyPI's
     * {@code filename.split("-", 2)}: no normalisation, so a wheel must use the same spelling inside.
     */
    private static String distInfoDirectory(String filename) throws InvalidDistributionException {
        String[] parts = baseName(filename).split("-", 3);
        if (parts.length < 3) {
            throw new InvalidDistributionException("Unable to parse name and version from wheel filename");
        }
        return parts[0] + "-" + parts[1] + ".dist-info";
    }

    private static String baseName(String filename) {
        return filename.substring(filename.lastIndexOf('/') + 1);
    }

    private static void requireWheelName(String filename) {
        if (!filename.toLowerCase(Locale.ROOT).endsWith(".whl")) {
            throw new IllegalArgumentException("not a wheel filename: " + filename);
        }
    }
}
