package dev.larder.packaging.metadata;

import dev.larder.packaging.PythonCharacter;
import dev.larder.packaging.PythonRepr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * SPDX license expressions ({@code MIT OR (Apache-2.0 WITH LLVM-exception)}) as PEP 639's
 * {@code License-Expression} uses them, canonicalised like
 * {@code packaging.licenses.canonicalize_license_expression}.
 *
 * <p>The grammar is {@code name (AND|OR|WITH) name ...} with balanced parentheses (at most
 * 200 deep), where a name is an SPDX license id (optionally followed by {@code +}), a
 * {@code LicenseRef-[A-Za-z0-9.-]+} reference, or after {@code WITH} an SPDX exception id.
 * Operators and ids match case-insensitively; the result spells ids as SPDX does,
 * operators in upper case, every {@code LicenseRef-} like its first occurrence, with single
 * spaces and no spaces just inside parentheses: {@code mit and (apache-2.0 or bsd-2-clause)}
 * becomes {@code MIT AND (Apache-2.0 OR BSD-2-Clause)}.
 */
public final class LicenseExpression {

    private static final String LICENSE_REF = "LicenseRef-";
    private static final Set<String> OPERATORS = Set.of("or", "and", "with", "(", ")");
    private static final int MAX_PARENTHESIS_DEPTH = 200;

    private LicenseExpression() {
    }

    /**
     * Validates and canonicalises an expression.
     *
     * @throws InvalidLicenseExpressionException with packaging's message
     */
    public static String canonicalize(String raw) {
        if (raw.isEmpty()) {
            throw invalid(raw);
        }
        List<String> tokens = new ArrayList<>();
        Map<String, String> licenseRefs = new HashMap<>();
        for (String word : splitOnWhitespace(raw.replace("(", " ( ").replace(")", " ) "))) {
            String lower = word.toLowerCase(Locale.ROOT);
            tokens.add(lower);
            if (lower.startsWith("licenseref-")) {
                if (!word.chars().allMatch(c -> c < 0x80)) {
                    throw new InvalidLicenseExpressionException("Invalid licenseref (non-ASCII): " + PythonRepr.of(word));
                }
                licenseRefs.putIfAbsent(lower, LICENSE_REF + word.substring(LICENSE_REF.length()));
            }
        }
        checkSyntax(tokens, raw);
        return String.join(" ", normalizeTokens(tokens, licenseRefs, raw)).replace("( ", "(").replace(" )", ")");
    }

    /** Names and operators alternate, groups balance, and the expression ends with a name or group. */
    private static void checkSyntax(List<String> tokens, String raw) {
        int depth = 0;
        boolean expectOperand = true;
        for (String token : tokens) {
            if (token.equals("(")) {
                if (!expectOperand || depth >= MAX_PARENTHESIS_DEPTH) {
                    throw invalid(raw);
                }
                depth++;
            } else if (token.equals(")")) {
                if (expectOperand || depth == 0) {
                    throw invalid(raw);
                }
                depth--;
            } else if (token.equals("or") || token.equals("and") || token.equals("with")) {
                if (expectOperand) {
                    throw invalid(raw);
                }
                expectOperand = true;
            } else {
                if (!expectOperand) {
                    throw invalid(raw);
                }
                expectOperand = false;
            }
        }
        if (expectOperand || depth != 0) {
            throw invalid(raw);
        }
    }

    private static List<String> normalizeTokens(List<String> tokens, Map<String, String> licenseRefs, String raw) {
        List<String> normalized = new ArrayList<>(tokens.size());
        boolean afterLicense = false;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (OPERATORS.contains(token)) {
                // WITH must join a license (not a group or exception) to a following exception.
                if (token.equals("with") && (!afterLicense || i + 1 == tokens.size() || OPERATORS.contains(tokens.get(i + 1)))) {
                    throw invalid(raw);
                }
                normalized.add(token.toUpperCase(Locale.ROOT));
                afterLicense = false;
            } else if (!normalized.isEmpty() && normalized.get(normalized.size() - 1).equals("WITH")) {
                String exception = SpdxIdentifiers.exception(token);
                if (exception == null) {
                    throw new InvalidLicenseExpressionException("Unknown license exception: " + PythonRepr.of(token));
                }
                normalized.add(exception);
                afterLicense = false;
            } else {
                normalized.add(normalizeLicense(token, licenseRefs));
                afterLicense = true;
            }
        }
        return normalized;
    }

    private static String normalizeLicense(String token, Map<String, String> licenseRefs) {
        boolean orLater = token.endsWith("+");
        String id = orLater ? token.substring(0, token.length() - 1) : token;
        if (id.startsWith("licenseref-")) {
            String refId = id.substring("licenseref-".length());
            if (orLater || refId.isEmpty() || !refId.chars().allMatch(LicenseExpression::isLicenseRefCharacter)) {
                throw new InvalidLicenseExpressionException("Invalid licenseref: " + PythonRepr.of(token));
            }
            return licenseRefs.get(id);
        }
        String license = SpdxIdentifiers.license(id);
        if (license == null) {
            throw new InvalidLicenseExpressionException("Unknown license: " + PythonRepr.of(id));
        }
        return orLater ? license + "+" : license;
    }

    private static boolean isLicenseRefCharacter(int c) {
        return PythonCharacter.isAsciiAlphanumeric(c) || c == '.' || c == '-';
    }

    /** {@code str.split()}: words separated by runs of Python whitespace. */
    private static List<String> splitOnWhitespace(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || PythonCharacter.isWhitespace(text.charAt(i));
            if (space && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words;
    }

    private static InvalidLicenseExpressionException invalid(String raw) {
        return new InvalidLicenseExpressionException("Invalid license expression: " + PythonRepr.of(raw));
    }
}
