package dev.larder.trust.publishers;

/**
 * A claim or configured value as it appears inside a reason: in backticks, with control
 * characters escaped and very long values shortened.
 *
 * <p>Reasons end up in logs and in CI output. Claims come from verified tokens, but escaping
 * keeps a stray newline from forging extra log lines, and the length cap keeps one odd claim
 * from drowning the rest of the message.
 */
final class QuotedValue {
    static final int MAX_SHOWN_LENGTH = 200;

    private QuotedValue() {}

    static String of(String value) {
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_SHOWN_LENGTH) + 8).append('`');
        int shown = 0;
        for (int i = 0; i < value.length(); i++) {
            if (shown == MAX_SHOWN_LENGTH) {
                out.append("…");
                break;
            }
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
            shown++;
        }
        return out.append('`').toString();
    }
}
