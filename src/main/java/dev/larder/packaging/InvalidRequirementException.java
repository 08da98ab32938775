package dev.larder.packaging;

/**
 * Thrown when text is not a PEP 508 dependency specifier.
 *
 * <p>{@link #getMessage()} is packaging's {@code str(InvalidRequirement)}: for syntax errors
 * the reason, then the input and a caret line marking where parsing failed, e.g.
 * <pre>
 * Expected end or semicolon (after version specifier)
 *     foo &gt;=1.0 bar
 *         ~~~~~~^
 * </pre>
 * {@link #reason()} is the first line alone (packaging's {@code .message}).
 */
public final class InvalidRequirementException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    InvalidRequirementException(String message, String reason) {
        super(message);
        this.reason = reason;
    }

    /** A syntax error at code-point span [start, end) of {@code source}, formatted like packaging. */
    static InvalidRequirementException syntax(String reason, String source, int start, int end) {
        String marker = " ".repeat(start) + "~".repeat(Math.max(0, end - start)) + "^";
        return new InvalidRequirementException(reason + "\n    " + source + "\n    " + marker, reason);
    }

    /** The error without the source display. */
    public String reason() {
        return reason;
    }
}
