package dev.larder.packaging;

/**
 * Recognises one version specifier clause ({@code >=1.0}, {@code ==1.*}, {@code ===foo})
 * at a position, like packaging's {@code Specifier._specifier_regex_str}.
 *
 * <p>The grammar differs per operator, and the differences are what PEP 440 permits:
 * only {@code ==} and {@code !=} take a {@code .*} suffix or a local label, {@code ~=}
 * needs at least two release parts, and {@code ===} takes any run of characters except
 * whitespace, {@code ;} and {@code )} (so it can sit inside a requirement). The
 * requirement tokenizer reuses this to find where a clause ends.
 */
final class SpecifierSyntax {

    private SpecifierSyntax() {
    }

    /** The end of the clause starting exactly at {@code start}, or -1 if none starts there. */
    static int matchAt(String text, int start) {
        if (text.startsWith("===", start)) {
            int k = skipWhitespace(text, start + 3);
            int end = k;
            while (end < text.length() && !isArbitraryTerminator(text.charAt(end))) {
                end++;
            }
            if (end > k) {
                return end;
            }
        }
        if (text.startsWith("==", start) || text.startsWith("!=", start)) {
            VersionScanner scanner = new VersionScanner(text, skipWhitespace(text, start + 2));
            if (!scanner.scanRelease(1)) {
                return -1;
            }
            if (!scanner.scanWildcard()) {
                scanner.scanSuffixes();
                scanner.scanLocal();
            }
            return scanner.position();
        }
        if (text.startsWith("~=", start)) {
            VersionScanner scanner = new VersionScanner(text, skipWhitespace(text, start + 2));
            if (!scanner.scanRelease(2)) {
                return -1;
            }
            scanner.scanSuffixes();
            return scanner.position();
        }
        int operatorLength = text.startsWith("<=", start) || text.startsWith(">=", start) ? 2
                : text.startsWith("<", start) || text.startsWith(">", start) ? 1 : 0;
        if (operatorLength == 0) {
            return -1;
        }
        VersionScanner scanner = new VersionScanner(text, skipWhitespace(text, start + operatorLength));
        if (!scanner.scanRelease(1)) {
            return -1;
        }
        scanner.scanSuffixes();
        return scanner.position();
    }

    private static boolean isArbitraryTerminator(char c) {
        return c == ';' || c == ')' || PythonCharacter.isWhitespace(c);
    }

    static int skipWhitespace(String text, int from) {
        int k = from;
        while (k < text.length() && PythonCharacter.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k;
    }
}
