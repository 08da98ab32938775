package dev.larder.packaging.archive;

import java.util.Collections;
import java.util.List;
import java.util.Set;

/** What an accepted sdist yields: its PKG-INFO, its top level, and its member names. */
public final class SdistContents {

    private final String filename;
    private final String topLevel;
    private final byte[] pkgInfo;
    private final Set<String> memberNames;

    SdistContents(String filename, String topLevel, byte[] pkgInfo, Set<String> memberNames) {
        this.filename = filename;
        this.topLevel = topLevel;
        this.pkgInfo = pkgInfo;
        this.memberNames = Collections.unmodifiableSet(memberNames);
    }

    /** The exact bytes of {@code <top>/PKG-INFO}. (PyPI neither parses nor serves it.) */
    public byte[] pkgInfo() {
        return pkgInfo.clone();
    }

    /** The common prefix of all member names, as PyPI computes it (usually {@code <name>-<version>}). */
    public String topLevel() {
        return topLevel;
    }

    /** Member names as Python lists them (tar directories without trailing slashes). */
    public Set<String> memberNames() {
        return memberNames;
    }

    /**
     * Upload step 22(d): every License-File path must be a member at {@code <top>/<path>}.
     *
     * @param licenseFiles the form's {@code license_file} values (metadata 2.4+), possibly empty
     * @throws InvalidDistributionException {@code License-File <path> does not exist in distribution
     *                                      file <filename> at <top>/<path>} for the first missing one
     */
    public void requireLicenseFiles(List<String> licenseFiles) throws InvalidDistributionException {
        for (String licenseFile : licenseFiles) {
            String target = SdistTopLevel.join(topLevel, licenseFile);
            String lookedUp = target.endsWith("/") ? target.replaceAll("/+$", "") : target;
            if (!memberNames.contains(lookedUp) && !memberNames.contains(target)) {
                throw new InvalidDistributionException("License-File " + licenseFile
                        + " does not exist in distribution file " + filename + " at " + target);
            }
        }
    }
}
