package dev.larder.packaging.archive;

import java.util.List;
import java.util.Set;

/**
 * The top level of an sdist as PyPI computes it: {@code os.path.commonprefix} of all member names.
 *
 * <p>That is a character-wise prefix, not a path-wise one: members {@code pkg-1.0/a} and
 * {@code pkg-1.0/ab} give {@code pkg-1.0/a}, so PyPI then looks for {@code pkg-1.0/a/PKG-INFO}.
 * Larder keeps the quirk so that an sdist is accepted or refused exactly as on PyPI.
 */
final class SdistTopLevel {

    private static final Set<String> INVALID = Set.of("", ".", "/");

    private SdistTopLevel() {
    }

    /** The longest common prefix, never ending inside a surrogate pair (Python compares code points). */
    static String commonPrefix(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        String prefix = names.get(0);
        for (String name : names) {
            int length = 0;
            int max = Math.min(prefix.length(), name.length());
            while (length < max && prefix.charAt(length) == name.charAt(length)) {
                length++;
            }
            if (length > 0 && length < prefix.length() && Character.isHighSurrogate(prefix.charAt(length - 1))) {
                length--;
            }
            prefix = prefix.substring(0, length);
        }
        return prefix;
    }

    /** PyPI's "Incorrect number of top-level directories in sdist" condition. */
    static boolean isInvalid(String topLevel) {
        return INVALID.contains(topLevel);
    }

    /** {@code os.path.join(top, path)} on POSIX. */
    static String join(String top, String path) {
        if (path.startsWith("/")) {
            return path;
        }
        if (top.isEmpty() || top.endsWith("/")) {
            return top + path;
        }
        return top + "/" + path;
    }
}
