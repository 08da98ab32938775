package dev.larder.packaging.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * Validates an uploaded sdist (.tar.gz, or legacy .zip) the way PyPI does at upload step 21 and
 * returns its PKG-INFO. The License-File check (step 22d) comes after the caller's filename checks,
 * through {@link SdistContents#requireLicenseFiles}.
 *
 * <p>A .tar.gz is streamed (gzip has no index), so it is inflated fully to list its members, then
 * once more up to PKG-INFO; both passes are bounded by {@link ArchiveLimits}. Unlike PyPI, which has
 * only a TODO for it, the compression-ratio rule applies to tarballs too, while inflating.
 */
public final class SdistInspector {

    private static final String PKG_INFO = "PKG-INFO";

    private final ArchiveLimits limits;

    public SdistInspector() {
        this(ArchiveLimits.defaults());
    }

    public SdistInspector(ArchiveLimits limits) {
        this.limits = limits;
    }

    /**
     * @param file     the uploaded bytes
     * @param filename the upload's filename, ending in {@code .tar.gz} or {@code .zip}
     */
    public SdistContents inspect(Path file, String filename) throws InvalidDistributionException, IOException {
        String lower = filename.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".tar.gz")) {
            return inspectTar(file, baseName(filename));
        }
        if (lower.endsWith(".zip")) {
            return inspectZip(file, baseName(filename));
        }
        throw new IllegalArgumentException("not an sdist filename: " + filename);
    }

    private SdistContents inspectTar(Path file, String filename) throws InvalidDistributionException, IOException {
        PolyglotCheck.rejectIfBothZipAndTar(file);
        if (!TarSignature.matches(file)) {
            throw new InvalidDistributionException("File is not a tarfile");
        }
        TarListing listing = TarListing.read(file, limits);
        List<String> names = listing.members().stream().map(TarMember::name).toList();
        String top = topLevel(names);
        String target = SdistTopLevel.join(top, PKG_INFO);
        int index = names.lastIndexOf(target);
        if (index < 0) {
            throw new InvalidDistributionException("PKG-INFO not found at " + target);
        }
        TarMemberRules.check(listing.members(), top);
        if (listing.members().get(index).kind() != TarMember.Kind.FILE) {
            throw new InvalidDistributionException("PKG-INFO at " + target + " is not a regular file");
        }
        byte[] pkgInfo = TarListing.contents(file, limits, index, limits.maxMetadataBytes());
        return new SdistContents(filename, top, pkgInfo, new HashSet<>(names));
    }

    private SdistContents inspectZip(Path file, String filename) throws InvalidDistributionException, IOException {
        PolyglotCheck.rejectIfBothZipAndTar(file);
        try (ZipArchive zip = ZipArchive.open(file, limits)) {
            zip.checkCompressionRatio();
            zip.checkCompressionMethods();
            List<String> names = zip.names();
            String top = topLevel(names);
            String target = SdistTopLevel.join(top, PKG_INFO);
            if (!zip.contains(target)) {
                throw new InvalidDistributionException("PKG-INFO not found at " + target);
            }
            zip.checkStructure();
            byte[] pkgInfo = zip.read(target, limits.maxMetadataBytes()).orElseThrow();
            return new SdistContents(filename, top, pkgInfo, new HashSet<>(names));
        }
    }

    private static String topLevel(List<String> names) throws InvalidDistributionException {
        String top = SdistTopLevel.commonPrefix(names);
        if (SdistTopLevel.isInvalid(top)) {
            throw new InvalidDistributionException("Incorrect number of top-level directories in sdist");
        }
        return top;
    }

    private static String baseName(String filename) {
        return filename.substring(filename.lastIndexOf('/') + 1);
    }
}
