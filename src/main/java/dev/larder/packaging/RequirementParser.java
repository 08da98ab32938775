package dev.larder.packaging;

import java.util.ArrayList;
import java.util.List;

/**
 * packaging's recursive-descent parser for PEP 508 dependency specifiers:
 * <pre>
 * requirement         = WS? IDENTIFIER WS? extras requirement_details END
 * extras              = ('[' WS? (IDENTIFIER (WS? ',' WS? IDENTIFIER)*)? WS? ']' WS?)?
 * requirement_details = '@' WS? URL (WS (';' marker)?)?
 *                     | specifier (';' marker)?
 * specifier           = '(' WS? version_many ')' WS? | version_many
 * </pre>
 * Error texts and spans are packaging's, so a rejected {@code Requires-Dist} explains itself
 * the same way on Larder as on PyPI.
 */
final class RequirementParser {

    record Parsed(String name, List<String> extras, SpecifierSet specifier, String url,
                  MarkerExpression.Group marker) {
    }

    private final RequirementTokenizer tokenizer;

    private RequirementParser(String source) {
        this.tokenizer = new RequirementTokenizer(source);
    }

    static Parsed parse(String source) {
        return new RequirementParser(source).parseRequirement();
    }

    private Parsed parseRequirement() {
        tokenizer.consumeWhitespace();
        int nameEnd = tokenizer.identifierEnd(tokenizer.position);
        if (nameEnd < 0) {
            throw tokenizer.errorHere("Expected package name at the start of dependency specifier");
        }
        String name = tokenizer.source.substring(tokenizer.position, nameEnd);
        tokenizer.position = nameEnd;
        tokenizer.consumeWhitespace();
        List<String> extras = parseExtras();

        SpecifierSet specifier = SpecifierSet.parse("");
        String url = null;
        MarkerExpression.Group marker = null;
        if (tokenizer.isAt('@')) {
            tokenizer.position++;
            tokenizer.consumeWhitespace();
            int urlStart = tokenizer.position;
            int urlEnd = tokenizer.urlEnd(urlStart);
            if (urlEnd < 0) {
                throw tokenizer.errorHere("Expected URL after @");
            }
            url = tokenizer.source.substring(urlStart, urlEnd);
            tokenizer.position = urlEnd;
            if (!tokenizer.atEnd()) {
                int afterSpace = tokenizer.whitespaceEnd(tokenizer.position);
                if (afterSpace == tokenizer.position) {
                    throw tokenizer.errorHere("Expected whitespace after URL");
                }
                tokenizer.position = afterSpace;
                if (!tokenizer.atEnd()) {
                    marker = parseRequirementMarker(urlStart, "semicolon (after URL and whitespace)");
                }
            }
        } else {
            int specifierStart = tokenizer.position;
            specifier = parseSpecifier();
            if (!tokenizer.atEnd()) {
                marker = parseRequirementMarker(specifierStart, specifier.isEmpty()
                        ? "semicolon (after name with no version specifier)"
                        : "comma (within version specifier), semicolon (after version specifier)");
            }
        }
        if (!tokenizer.atEnd()) {
            throw tokenizer.errorHere("Expected end of dependency specifier");
        }
        return new Parsed(name, extras, specifier, url, marker);
    }

    private MarkerExpression.Group parseRequirementMarker(int spanStart, String expected) {
        if (!tokenizer.isAt(';')) {
            throw tokenizer.error("Expected " + expected + " or end", spanStart, tokenizer.position);
        }
        tokenizer.position++;
        return new MarkerParser(tokenizer).parseMarker(0);
    }

    private List<String> parseExtras() {
        List<String> extras = new ArrayList<>();
        if (!tokenizer.isAt('[')) {
            return extras;
        }
        int open = tokenizer.position;
        tokenizer.position++;
        tokenizer.consumeWhitespace();
        int end = tokenizer.identifierEnd(tokenizer.position);
        if (end >= 0) {
            extras.add(readTo(end));
            while (true) {
                tokenizer.consumeWhitespace();
                if (tokenizer.identifierEnd(tokenizer.position) >= 0) {
                    throw tokenizer.errorHere("Expected comma between extra names");
                }
                if (!tokenizer.isAt(',')) {
                    break;
                }
                tokenizer.position++;
                tokenizer.consumeWhitespace();
                end = tokenizer.identifierEnd(tokenizer.position);
                if (end < 0) {
                    throw tokenizer.errorHere("Expected extra name after comma");
                }
                extras.add(readTo(end));
            }
        }
        tokenizer.consumeWhitespace();
        if (!tokenizer.isAt(']')) {
            throw tokenizer.error("Expected matching RIGHT_BRACKET for LEFT_BRACKET, after extras", open, tokenizer.position);
        }
        tokenizer.position++;
        tokenizer.consumeWhitespace();
        return extras;
    }

    private String readTo(int end) {
        String text = tokenizer.source.substring(tokenizer.position, end);
        tokenizer.position = end;
        return text;
    }

    private SpecifierSet parseSpecifier() {
        if (!tokenizer.isAt('(')) {
            return parseVersionMany();
        }
        int open = tokenizer.position;
        tokenizer.position++;
        tokenizer.consumeWhitespace();
        SpecifierSet specifier = parseVersionMany();
        if (!tokenizer.isAt(')')) {
            throw tokenizer.error("Expected matching RIGHT_PARENTHESIS for LEFT_PARENTHESIS, after version specifier",
                    open, tokenizer.position);
        }
        tokenizer.position++;
        tokenizer.consumeWhitespace();
        return specifier;
    }

    /**
     * {@code version_many = (SPECIFIER (WS? ',' WS? SPECIFIER)*)?}. packaging first tries the
     * whole ASCII run up to {@code ;}, {@code )} or the end as one specifier set (a single
     * trailing comma allowed), and only walks clause by clause to find the error position
     * or to take clauses with non-ASCII text.
     */
    private SpecifierSet parseVersionMany() {
        if (tokenizer.atEnd()) {
            return SpecifierSet.parse("");
        }
        SpecifierSet whole = tryWholeSpecifierList();
        if (whole != null) {
            return whole;
        }
        StringBuilder clauses = new StringBuilder();
        while (true) {
            int start = tokenizer.position;
            int end = SpecifierSyntax.matchAt(tokenizer.source, start);
            if (end < 0) {
                break;
            }
            String clause = readTo(end);
            clauses.append(clause);
            if (tokenizer.source.startsWith(".*", end)) {
                boolean equality = clause.startsWith("!=") || (clause.startsWith("==") && !clause.startsWith("==="));
                throw tokenizer.error(equality
                        ? ".* suffix cannot be used with pre-release, post-release, dev or local versions"
                        : ".* suffix can only be used with `==` or `!=` operators", start, end + 1);
            }
            if (startsLowerCaseLocalLabel(end)) {
                throw tokenizer.error("Local version label can only be used with `==` or `!=` operators", start, end);
            }
            tokenizer.consumeWhitespace();
            if (!tokenizer.isAt(',')) {
                break;
            }
            clauses.append(',');
            tokenizer.position++;
            tokenizer.consumeWhitespace();
        }
        return parseCollectedClauses(clauses.toString());
    }

    private SpecifierSet tryWholeSpecifierList() {
        int end = tokenizer.specifierListEnd(tokenizer.position);
        if (end <= tokenizer.position) {
            return null;
        }
        String text = tokenizer.source.substring(tokenizer.position, end);
        SpecifierSet set;
        try {
            set = SpecifierSet.parse(text);
        } catch (InvalidSpecifierException e) {
            return null;
        }
        long commas = text.chars().filter(c -> c == ',').count();
        int clauses = set.specifiers().size();
        boolean oneTrailingComma = clauses > 0 && clauses == commas && text.stripTrailing().endsWith(",");
        if (clauses != commas + 1 && !oneTrailingComma) {
            return null;
        }
        tokenizer.position = end;
        return set;
    }

    /** {@code VERSION_LOCAL_LABEL_TRAIL}: a {@code +} and a lower-case label right after a clause. */
    private boolean startsLowerCaseLocalLabel(int at) {
        String source = tokenizer.source;
        if (at + 1 >= source.length() || source.charAt(at) != '+') {
            return false;
        }
        char c = source.charAt(at + 1);
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private SpecifierSet parseCollectedClauses(String clauses) {
        try {
            return SpecifierSet.parse(clauses);
        } catch (InvalidSpecifierException e) {
            throw new InvalidRequirementException(e.getMessage(), e.getMessage());
        }
    }
}
