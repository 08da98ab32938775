package dev.larder.packaging;

/**
 * The token rules of packaging's dependency-specifier tokenizer, each answered at a given
 * position, plus the shared cursor the requirement and marker parsers move.
 *
 * <p>The rules are packaging's regular expressions re-expressed as scans, keeping their
 * exact character classes: {@code WS} is only space and tab, names are ASCII, {@code \b}
 * and {@code \S} use Python's Unicode definitions. Positions are Java {@code char}
 * indices; error spans are converted to code points because packaging reports them in
 * Python string indices.
 */
final class RequirementTokenizer {

    private static final String[] VARIABLES = {
        "python_version", "python_full_version", "os.name", "os_name", "sys.platform", "sys_platform",
        "platform_release", "platform_system", "platform.version", "platform_version",
        "platform.machine", "platform_machine", "platform.python_implementation",
        "platform_python_implementation", "python_implementation", "implementation_name",
        "implementation_version", "extras", "extra", "dependency_groups",
    };
    private static final String[] OPERATORS = {"===", "==", "~=", "!=", "<=", ">=", "<", ">"};

    final String source;
    int position;

    RequirementTokenizer(String source) {
        this.source = source;
    }

    boolean atEnd() {
        return position == source.length();
    }

    boolean isAt(char c) {
        return position < source.length() && source.charAt(position) == c;
    }

    /** The {@code WS} rule, optional: skips spaces and tabs. */
    void consumeWhitespace() {
        position = whitespaceEnd(position);
    }

    int whitespaceEnd(int at) {
        int k = at;
        while (k < source.length() && (source.charAt(k) == ' ' || source.charAt(k) == '\t')) {
            k++;
        }
        return k;
    }

    /** {@code \b[a-zA-Z0-9][a-zA-Z0-9._-]*\b}; the run backs off until it ends on a word boundary. */
    int identifierEnd(int at) {
        if (at >= source.length() || !PythonCharacter.isAsciiAlphanumeric(source.charAt(at)) || !isWordBoundary(at)) {
            return -1;
        }
        int end = at + 1;
        while (end < source.length() && isNameCharacter(source.charAt(end))) {
            end++;
        }
        for (int k = end; k > at; k--) {
            if (isWordBoundary(k)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isNameCharacter(char c) {
        return PythonCharacter.isAsciiAlphanumeric(c) || c == '.' || c == '_' || c == '-';
    }

    /** The {@code VARIABLE} rule: a known marker variable, as written, or null. */
    String variableAt(int at) {
        if (!isWordBoundary(at)) {
            return null;
        }
        for (String name : VARIABLES) {
            if (source.startsWith(name, at) && isWordBoundary(at + name.length())) {
                return name;
            }
        }
        return null;
    }

    /** {@code '[^']*'} or {@code "[^"]*"}: the end after the closing quote, or -1. */
    int quotedStringEnd(int at) {
        if (at >= source.length() || (source.charAt(at) != '\'' && source.charAt(at) != '"')) {
            return -1;
        }
        int close = source.indexOf(source.charAt(at), at + 1);
        return close < 0 ? -1 : close + 1;
    }

    /** The {@code OP} rule: a comparison operator, or null. */
    String operatorAt(int at) {
        for (String operator : OPERATORS) {
            if (source.startsWith(operator, at)) {
                return operator;
            }
        }
        return null;
    }

    /** {@code \bword\b}, as the {@code BOOLOP}, {@code IN} and {@code NOT} rules use. */
    boolean keywordAt(int at, String word) {
        return isWordBoundary(at) && source.startsWith(word, at) && isWordBoundary(at + word.length());
    }

    /** {@code \S+}: the end of the URL, or -1. */
    int urlEnd(int at) {
        int k = at;
        while (k < source.length() && !PythonCharacter.isWhitespace(source.charAt(k))) {
            k++;
        }
        return k == at ? -1 : k;
    }

    /**
     * {@code SPECIFIER_LIST}: printable ASCII (and tab) other than {@code ;} and {@code )},
     * which must then be followed by one of those or the end. Returns -1 otherwise.
     */
    int specifierListEnd(int at) {
        int k = at;
        while (k < source.length() && isSpecifierListCharacter(source.charAt(k))) {
            k++;
        }
        boolean followedByTerminator = k == source.length() || source.charAt(k) == ';' || source.charAt(k) == ')';
        return followedByTerminator ? k : -1;
    }

    private static boolean isSpecifierListCharacter(char c) {
        return c == '\t' || (c >= 0x20 && c <= 0x7E && c != ')' && c != ';');
    }

    /** Python's {@code \b}: word-ness of the characters on either side differs. */
    private boolean isWordBoundary(int at) {
        boolean before = at > 0 && PythonCharacter.isWordCharacter(source.codePointBefore(at));
        boolean after = at < source.length() && PythonCharacter.isWordCharacter(source.codePointAt(at));
        return before != after;
    }

    InvalidRequirementException errorHere(String reason) {
        return error(reason, position, position);
    }

    InvalidRequirementException error(String reason, int start, int end) {
        return InvalidRequirementException.syntax(reason, source,
                source.codePointCount(0, start), source.codePointCount(0, end));
    }
}
