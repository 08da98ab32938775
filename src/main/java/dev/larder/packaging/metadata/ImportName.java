package dev.larder.packaging.metadata;

import dev.larder.packaging.PythonCharacter;
import dev.larder.packaging.PythonRepr;
import java.util.Set;

/**
 * PEP 794's {@code Import-Name} and {@code Import-Namespace} values (metadata 2.5): a dotted
 * Python import path, optionally followed by {@code ; private}. Every dotted part must be an
 * identifier and not a keyword, as packaging checks with {@code str.isidentifier} and
 * {@code keyword.iskeyword}.
 */
final class ImportName {

    /** Python 3's hard keywords ({@code keyword.kwlist}); soft keywords such as {@code match} are fine. */
    private static final Set<String> KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
            "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
            "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    private ImportName() {
    }

    /** packaging's message for an invalid value of the field {@code emailName}, or null. */
    static String problem(String value, String emailName) {
        int semicolon = value.indexOf(';');
        String name = rstrip(semicolon < 0 ? value : value.substring(0, semicolon));
        for (String identifier : name.split("\\.", -1)) {
            String reason = !PythonCharacter.isIdentifier(identifier) ? "is not a valid identifier"
                    : KEYWORDS.contains(identifier) ? "is a keyword" : null;
            if (reason != null) {
                return PythonRepr.of(name) + " is invalid for " + PythonRepr.of(emailName) + "; "
                        + PythonRepr.of(identifier) + " " + reason;
            }
        }
        if (semicolon >= 0 && !lstrip(value.substring(semicolon + 1)).equals("private")) {
            return PythonRepr.of(value) + " is invalid for " + PythonRepr.of(emailName) + "; the only valid option is 'private'";
        }
        return null;
    }

    private static String rstrip(String text) {
        int end = text.length();
        while (end > 0 && PythonCharacter.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static String lstrip(String text) {
        int start = 0;
        while (start < text.length() && PythonCharacter.isWhitespace(text.charAt(start))) {
            start++;
        }
        return text.substring(start);
    }
}
