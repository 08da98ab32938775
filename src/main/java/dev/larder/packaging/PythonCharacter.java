package dev.larder.packaging;

/**
 * The character classes of Python's {@code str} and {@code re} module, as packaging's
 * regular expressions see them.
 *
 * <p>packaging's patterns use Python's Unicode-aware {@code \s}, {@code \S}, {@code \w},
 * {@code \b} and {@code \d}; Java's own predicates draw those lines elsewhere (for example
 * {@link Character#isWhitespace(int)} rejects U+00A0 and U+202F, which Python counts as
 * whitespace). The parsers of this package and of {@code dev.larder.packaging.metadata} ask
 * this class instead, so that an input is accepted exactly when Python would accept it.
 *
 * <p>Methods take code points. Java's Unicode tables (Unicode 13 for Java 17) can differ
 * from CPython's for characters assigned after that version; that only matters for
 * unassigned-in-Java letters next to identifiers.
 */
public final class PythonCharacter {

    private PythonCharacter() {
    }

    /**
     * {@code str.isspace()} and {@code re}'s {@code \s} for {@code str} patterns: the
     * bidirectional classes WS, B and S plus category Zs. The list is closed and small.
     */
    public static boolean isWhitespace(int cp) {
        return (cp >= 0x09 && cp <= 0x0D)
                || (cp >= 0x1C && cp <= 0x20)
                || cp == 0x85
                || cp == 0xA0
                || cp == 0x1680
                || (cp >= 0x2000 && cp <= 0x200A)
                || cp == 0x2028
                || cp == 0x2029
                || cp == 0x202F
                || cp == 0x205F
                || cp == 0x3000;
    }

    /** {@code re}'s {@code \w} for {@code str} patterns: alphanumeric in Python's sense, or '_'. */
    public static boolean isWordCharacter(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** {@code re}'s {@code \d} for {@code str} patterns: any Unicode decimal digit (category Nd). */
    public static boolean isDecimalDigit(int cp) {
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** ASCII digit, which is what {@code [0-9]} means in every packaging pattern. */
    public static boolean isAsciiDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }

    /** ASCII letter or digit, i.e. {@code [a-z0-9]} under {@code re.IGNORECASE | re.ASCII}. */
    public static boolean isAsciiAlphanumeric(int cp) {
        return isAsciiDigit(cp) || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    }

    /**
     * {@code str.isprintable()} for one character: everything except the "Other" and
     * "Separator" categories, where the ASCII space still counts as printable.
     */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /**
     * {@code str.isidentifier()}: a first character that may start an identifier (or '_')
     * followed by characters that may continue one. Java's Unicode identifier predicates
     * are the XID properties Python uses, give or take the Unicode version.
     */
    public static boolean isIdentifier(String text) {
        if (text.isEmpty()) {
            return false;
        }
        int first = text.codePointAt(0);
        if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
            return false;
        }
        for (int i = Character.charCount(first); i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** {@code str.strip()} with no argument: trims Python whitespace at both ends. */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }
}
