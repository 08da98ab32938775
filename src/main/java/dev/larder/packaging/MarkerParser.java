package dev.larder.packaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * packaging's recursive-descent parser for environment markers:
 * <pre>
 * marker      = marker_atom (BOOLOP marker_atom)*
 * marker_atom = WS? '(' marker ')' WS? | WS? marker_item WS?
 * marker_item = marker_var WS? marker_op WS? marker_var
 * marker_var  = VARIABLE | QUOTED_STRING
 * marker_op   = 'in' | 'not' WS 'in' | OP
 * </pre>
 * Variables are normalised ({@code os.name} to {@code os_name}, {@code python_implementation}
 * to {@code platform_python_implementation}) and values compared with {@code extra},
 * {@code extras} or {@code dependency_groups} are PEP 503-normalised, because packaging does
 * both before printing. Nesting is capped at 200 levels, like packaging (and CPython).
 */
final class MarkerParser {

    private static final int MAX_NESTING = 200;
    private static final Set<String> SET_VALUED_VARIABLES = Set.of("extras", "dependency_groups");

    private final RequirementTokenizer tokenizer;

    MarkerParser(RequirementTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    MarkerExpression.Group parseMarker(int depth) {
        List<MarkerExpression.Element> elements = new ArrayList<>();
        elements.add(parseAtom(depth));
        while (true) {
            String word = tokenizer.keywordAt(tokenizer.position, "or") ? "or"
                    : tokenizer.keywordAt(tokenizer.position, "and") ? "and" : null;
            if (word == null) {
                return new MarkerExpression.Group(elements);
            }
            tokenizer.position += word.length();
            elements.add(new MarkerExpression.Connective(word));
            elements.add(parseAtom(depth));
        }
    }

    private MarkerExpression.Element parseAtom(int depth) {
        tokenizer.consumeWhitespace();
        MarkerExpression.Element atom;
        if (tokenizer.isAt('(')) {
            if (depth >= MAX_NESTING) {
                throw tokenizer.errorHere("Marker expression is nested more than " + MAX_NESTING + " levels deep");
            }
            int open = tokenizer.position;
            tokenizer.position++;
            atom = parseMarker(depth + 1);
            if (!tokenizer.isAt(')')) {
                throw tokenizer.error("Expected matching RIGHT_PARENTHESIS for LEFT_PARENTHESIS, after marker expression",
                        open, tokenizer.position);
            }
            tokenizer.position++;
        } else {
            atom = parseComparison();
        }
        tokenizer.consumeWhitespace();
        return atom;
    }

    private MarkerExpression.Comparison parseComparison() {
        MarkerExpression.Operand left = parseOperand();
        tokenizer.consumeWhitespace();
        String operator = parseOperator();
        tokenizer.consumeWhitespace();
        MarkerExpression.Operand right = parseOperand();
        return normalizeExtras(left, operator, right);
    }

    private MarkerExpression.Operand parseOperand() {
        int start = tokenizer.position;
        String variable = tokenizer.variableAt(start);
        if (variable != null) {
            tokenizer.position += variable.length();
            return new MarkerExpression.Operand(normalizeVariable(variable), true);
        }
        int end = tokenizer.quotedStringEnd(start);
        if (end >= 0) {
            tokenizer.position = end;
            String value = PythonStringLiteral.decode(tokenizer.source.substring(start, end));
            if (value == null) {
                throw tokenizer.error("Invalid quoted string", start, end);
            }
            return new MarkerExpression.Operand(value, false);
        }
        throw tokenizer.errorHere("Expected a marker variable or quoted string");
    }

    private String parseOperator() {
        if (tokenizer.keywordAt(tokenizer.position, "in")) {
            tokenizer.position += 2;
            return "in";
        }
        if (tokenizer.keywordAt(tokenizer.position, "not")) {
            tokenizer.position += 3;
            int afterSpace = tokenizer.whitespaceEnd(tokenizer.position);
            if (afterSpace == tokenizer.position) {
                throw tokenizer.errorHere("Expected whitespace after 'not'");
            }
            tokenizer.position = afterSpace;
            if (!tokenizer.keywordAt(tokenizer.position, "in")) {
                throw tokenizer.errorHere("Expected 'in' after 'not'");
            }
            tokenizer.position += 2;
            return "not in";
        }
        String operator = tokenizer.operatorAt(tokenizer.position);
        if (operator == null) {
            throw tokenizer.errorHere("Expected marker operator, one of <=, <, !=, ==, >=, >, ~=, ===, in, not in");
        }
        tokenizer.position += operator.length();
        return operator;
    }

    private static String normalizeVariable(String written) {
        String name = written.replace('.', '_');
        return name.equals("python_implementation") ? "platform_python_implementation" : name;
    }

    /** PEP 685: extra names compare normalized, so packaging normalizes them when parsing. */
    private static MarkerExpression.Comparison normalizeExtras(
            MarkerExpression.Operand left, String operator, MarkerExpression.Operand right) {
        if (left.variable() && left.text().equals("extra") && !right.variable()) {
            right = new MarkerExpression.Operand(ProjectName.normalize(right.text()), false);
        } else if (right.variable() && !left.variable()
                && (right.text().equals("extra") || SET_VALUED_VARIABLES.contains(right.text()))) {
            left = new MarkerExpression.Operand(ProjectName.normalize(left.text()), false);
        }
        return new MarkerExpression.Comparison(left, operator, right);
    }
}
