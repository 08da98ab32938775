package dev.larder.packaging;

/**
 * A cursor that walks the PEP 440 version grammar the way packaging's regular
 * expression does, recording where each group starts and ends.
 *
 * <p>packaging (26.x) compiles {@code VERSION_PATTERN} with possessive quantifiers, so the
 * regex never backtracks into a group it has matched: every optional part is tried once,
 * longest alternative first, and either taken or skipped. That makes a single left-to-right
 * scan exactly equivalent, and keeps parsing linear on hostile input, where a regex in
 * Java could overflow its stack on a 100,000-character release segment.
 *
 * <p>The same scanner serves the specifier grammar, which repeats the version pattern
 * after each operator.
 */
final class VersionScanner {

    private static final String[] PRE_LABELS = {"alpha", "a", "beta", "b", "preview", "pre", "c", "rc"};
    private static final String[] POST_LABELS = {"post", "rev", "r"};

    private final String text;
    private int pos;

    int epochStart = -1;
    int epochEnd = -1;
    int releaseStart = -1;
    int releaseEnd = -1;
    String preLabel;
    int preNumberStart = -1;
    int preNumberEnd = -1;
    boolean hasPost;
    int postNumberStart = -1;
    int postNumberEnd = -1;
    boolean hasDev;
    int devNumberStart = -1;
    int devNumberEnd = -1;
    int localStart = -1;
    int localEnd = -1;

    VersionScanner(String text, int start) {
        this.text = text;
        this.pos = start;
    }

    int position() {
        return pos;
    }

    /**
     * {@code v? (digits!)? digits(.digits)*}: the optional {@code v}, epoch and release.
     * Returns false when there is no release or it has fewer than {@code minParts} parts
     * ({@code ~=} demands two).
     */
    boolean scanRelease(int minParts) {
        if (at(pos) == 'v' || at(pos) == 'V') {
            pos++;
        }
        int digits = digitsEnd(pos);
        if (digits > pos && at(digits) == '!') {
            epochStart = pos;
            epochEnd = digits;
            pos = digits + 1;
            digits = digitsEnd(pos);
        }
        if (digits == pos) {
            return false;
        }
        releaseStart = pos;
        pos = digits;
        int parts = 1;
        while (at(pos) == '.' && PythonCharacter.isAsciiDigit(at(pos + 1))) {
            pos = digitsEnd(pos + 1);
            parts++;
        }
        releaseEnd = pos;
        return parts >= minParts;
    }

    /** {@code .*} right after the release, as {@code ==}/{@code !=} allow. */
    boolean scanWildcard() {
        if (at(pos) == '.' && at(pos + 1) == '*') {
            pos += 2;
            return true;
        }
        return false;
    }

    /** The pre-release, post-release and development-release parts, each optional. */
    void scanSuffixes() {
        scanPreRelease();
        scanPostRelease();
        scanDevRelease();
    }

    private void scanPreRelease() {
        int k = skipSeparator(pos);
        String label = labelAt(k, PRE_LABELS);
        if (label == null) {
            return;
        }
        k = skipSeparator(k + label.length());
        preLabel = label;
        preNumberStart = k;
        preNumberEnd = digitsEnd(k);
        pos = preNumberEnd;
    }

    private void scanPostRelease() {
        if (at(pos) == '-' && PythonCharacter.isAsciiDigit(at(pos + 1))) {
            hasPost = true;
            postNumberStart = pos + 1;
            postNumberEnd = digitsEnd(pos + 1);
            pos = postNumberEnd;
            return;
        }
        int k = skipSeparator(pos);
        String label = labelAt(k, POST_LABELS);
        if (label == null) {
            return;
        }
        k = skipSeparator(k + label.length());
        hasPost = true;
        postNumberStart = k;
        postNumberEnd = digitsEnd(k);
        pos = postNumberEnd;
    }

    private void scanDevRelease() {
        int k = skipSeparator(pos);
        if (labelAt(k, new String[] {"dev"}) == null) {
            return;
        }
        k = skipSeparator(k + 3);
        hasDev = true;
        devNumberStart = k;
        devNumberEnd = digitsEnd(k);
        pos = devNumberEnd;
    }

    /** {@code +label(.label)*} with ASCII alphanumeric labels joined by {@code . _ -}. */
    boolean scanLocal() {
        if (at(pos) != '+' || !PythonCharacter.isAsciiAlphanumeric(at(pos + 1))) {
            return false;
        }
        int k = alphanumericEnd(pos + 1);
        while (isSeparator(at(k)) && PythonCharacter.isAsciiAlphanumeric(at(k + 1))) {
            k = alphanumericEnd(k + 1);
        }
        localStart = pos + 1;
        localEnd = k;
        pos = k;
        return true;
    }

    private int at(int index) {
        return index < text.length() ? text.charAt(index) : -1;
    }

    private int digitsEnd(int from) {
        int k = from;
        while (PythonCharacter.isAsciiDigit(at(k))) {
            k++;
        }
        return k;
    }

    private int alphanumericEnd(int from) {
        int k = from;
        while (PythonCharacter.isAsciiAlphanumeric(at(k))) {
            k++;
        }
        return k;
    }

    private int skipSeparator(int from) {
        return isSeparator(at(from)) ? from + 1 : from;
    }

    private static boolean isSeparator(int c) {
        return c == '.' || c == '_' || c == '-';
    }

    /** The first label (in pattern order) found at {@code from}, compared ASCII-case-insensitively. */
    private String labelAt(int from, String[] labels) {
        for (String label : labels) {
            if (asciiIgnoreCaseMatches(from, label)) {
                return label;
            }
        }
        return null;
    }

    private boolean asciiIgnoreCaseMatches(int from, String lowerWord) {
        if (from + lowerWord.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < lowerWord.length(); i++) {
            char c = text.charAt(from + i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != lowerWord.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
