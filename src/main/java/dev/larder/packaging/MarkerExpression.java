package dev.larder.packaging;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed environment marker ({@code python_version >= "3.8" and extra == "test"}), kept
 * in the shape packaging's parser produces: a group is a list of comparisons and nested
 * groups joined by {@code and}/{@code or}, with no precedence applied. Only printing is
 * needed here, and packaging prints from exactly this shape.
 */
final class MarkerExpression {

    private MarkerExpression() {
    }

    /** One element of a group: a comparison, a nested group, or the word between them. */
    interface Element {
    }

    /** A marker variable ({@code os_name}) or a quoted value. */
    record Operand(String text, boolean variable) {

        /** Variables print bare; values in double quotes, or single quotes if they contain one. */
        String serialize() {
            if (variable) {
                return text;
            }
            if (text.indexOf('"') < 0) {
                return '"' + text + '"';
            }
            if (text.indexOf('\'') < 0) {
                return '\'' + text + '\'';
            }
            throw new IllegalStateException("value contains both quote characters");
        }

        boolean isValueContainingBothQuotes() {
            return !variable && text.indexOf('"') >= 0 && text.indexOf('\'') >= 0;
        }
    }

    record Comparison(Operand left, String operator, Operand right) implements Element {
    }

    /** {@code and} or {@code or}. */
    record Connective(String word) implements Element {
    }

    record Group(List<Element> elements) implements Element {

        Group {
            elements = List.copyOf(elements);
        }
    }

    /**
     * packaging's {@code str(Marker)}: single spaces around operators, redundant parentheses
     * around a lone comparison or around the whole expression dropped, other groups kept.
     */
    static String format(Group marker) {
        return format(marker, true);
    }

    private static String format(Element element, boolean outermost) {
        if (element instanceof Comparison) {
            Comparison comparison = (Comparison) element;
            return comparison.left().serialize() + " " + comparison.operator() + " " + comparison.right().serialize();
        }
        if (element instanceof Connective) {
            return ((Connective) element).word();
        }
        List<Element> elements = ((Group) element).elements();
        if (elements.size() == 1 && !(elements.get(0) instanceof Connective)) {
            return format(elements.get(0), outermost);
        }
        List<String> parts = new ArrayList<>(elements.size());
        for (Element inner : elements) {
            parts.add(format(inner, false));
        }
        String joined = String.join(" ", parts);
        return outermost ? joined : "(" + joined + ")";
    }

    /** Whether any value would make {@link #format(Group)} fail, as packaging's str() does. */
    static boolean hasUnprintableValue(Element element) {
        if (element instanceof Comparison) {
            Comparison comparison = (Comparison) element;
            return comparison.left().isValueContainingBothQuotes() || comparison.right().isValueContainingBothQuotes();
        }
        if (element instanceof Group) {
            for (Element inner : ((Group) element).elements()) {
                if (hasUnprintableValue(inner)) {
                    return true;
                }
            }
        }
        return false;
    }
}
