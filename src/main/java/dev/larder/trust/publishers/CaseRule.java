package dev.larder.trust.publishers;

import java.util.Locale;

/**
 * How a configured value is compared with a claim. Each check names its rule so that the case
 * decisions documented on the publisher records are visible where the comparison happens.
 */
enum CaseRule {
    /** Character-for-character, e.g. workflow file names (git paths are case-sensitive). */
    EXACT {
        @Override
        boolean same(String configured, String claimed) {
            return configured.equals(claimed);
        }
    },
    /**
     * Equal after folding ASCII letters only, for names that the platform restricts to ASCII
     * and treats case-insensitively (GitHub owners and repositories, GitLab paths, e-mail
     * addresses). Folding only ASCII keeps look-alikes such as the Kelvin sign from matching
     * {@code k}, which {@link String#equalsIgnoreCase} would allow.
     */
    ASCII_CASE_INSENSITIVE {
        @Override
        boolean same(String configured, String claimed) {
            return fold(configured).equals(fold(claimed));
        }
    },
    /** Equal ignoring case in the Unicode sense, for GitHub environment names. */
    CASE_INSENSITIVE {
        @Override
        boolean same(String configured, String claimed) {
            return configured.equalsIgnoreCase(claimed);
        }
    };

    abstract boolean same(String configured, String claimed);

    /** Lowercases ASCII letters and leaves every other character alone. */
    static String fold(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (out == null) {
                    out = new StringBuilder(value);
                }
                out.setCharAt(i, (char) (c + ('a' - 'A')));
            }
        }
        return out == null ? value : out.toString();
    }

    /** Lowercases in the Unicode sense, locale-independently. */
    static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
