package dev.larder.packaging.metadata;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The SPDX license and exception identifiers packaging knows (bundled in
 * {@code spdx-licenses.txt} and {@code spdx-exceptions.txt}), looked up
 * case-insensitively and answered in their canonical spelling. Deprecated identifiers
 * are included, as packaging accepts them too. The lists load on first use.
 */
final class SpdxIdentifiers {

    private SpdxIdentifiers() {
    }

    /** The canonical spelling of a license id given in lower case, or null if unknown. */
    static String license(String lowerCaseId) {
        return Lists.LICENSES.get(lowerCaseId);
    }

    /** The canonical spelling of an exception id given in lower case, or null if unknown. */
    static String exception(String lowerCaseId) {
        return Lists.EXCEPTIONS.get(lowerCaseId);
    }

    private static final class Lists {
        static final Map<String, String> LICENSES = byLowerCase("spdx-licenses.txt");
        static final Map<String, String> EXCEPTIONS = byLowerCase("spdx-exceptions.txt");

        private static Map<String, String> byLowerCase(String file) {
            Map<String, String> ids = new HashMap<>();
            for (String id : DataFile.lines(file)) {
                ids.put(id.toLowerCase(Locale.ROOT), id);
            }
            return Map.copyOf(ids);
        }
    }
}
