package dev.larder.packaging.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code Author-email} and {@code Maintainer-email} values: RFC 5322 address lists such as
 * {@code "Jane Doe" <jane@example.com>, john@example.org (John)}.
 *
 * <p>PyPI extracts an address with Python's {@code email.utils.parseaddr} and checks it with
 * the {@code email-validator} package (no deliverability check). This class parses the whole
 * list (display names, quoted strings, comments, angle brackets, groups) and checks every
 * address's addr-spec against the same rules email-validator applies by default: one
 * {@code @}; a dot-atom local part (international characters allowed, quoted local parts
 * not); a domain of dot-separated labels of letters, digits
 * and hyphens (international letters allowed), at least two labels, a non-numeric
 * top-level label, and not a special-use name such as {@code localhost} or {@code .test};
 * no IP-address literals. The reasons use Larder's own wording.
 */
final class EmailAddressList {

    private static final String ATEXT_SYMBOLS = "!#$%&'*+-/=?^_`{|}~";
    private static final Set<String> SPECIAL_USE_DOMAINS = Set.of("arpa", "invalid", "local", "localhost", "onion", "test");

    private EmailAddressList() {
    }

    /** The addr-spec of every address in the list, in order; display names and comments dropped. */
    static List<String> addresses(String field) {
        List<String> addresses = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        boolean angle = false;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (quoted) {
                piece.append(c);
                if (c == '\\' && i + 1 < field.length()) {
                    piece.append(field.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (depth > 0) {
                if (c == '\\') {
                    i++;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
            } else if (c == '(') {
                depth = 1;
            } else if (c == '"') {
                quoted = true;
                piece.append(c);
            } else if (!angle && c == ':') {
                piece.setLength(0); // "Group name:" introduces a group; the name is no address
            } else if (!angle && (c == ',' || c == ';')) {
                addAddress(addresses, piece.toString());
                piece.setLength(0);
            } else {
                angle = c == '<' || (angle && c != '>');
                piece.append(c);
            }
        }
        addAddress(addresses, piece.toString());
        return addresses;
    }

    private static void addAddress(List<String> addresses, String mailbox) {
        int open = mailbox.indexOf('<');
        String address = open >= 0 && mailbox.indexOf('>', open) > 0
                ? mailbox.substring(open + 1, mailbox.indexOf('>', open))
                : mailbox;
        address = address.strip();
        if (!address.isEmpty()) {
            addresses.add(address);
        }
    }

    /** Why {@code address} is not a usable e-mail address, or null if it is one. */
    static String problem(String address) {
        int at = address.lastIndexOf('@');
        if (at < 0 || address.indexOf('@') != at) {
            return "an address must contain exactly one @-sign";
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        if (local.isEmpty()) {
            return "there must be something before the @-sign";
        }
        if (domain.isEmpty()) {
            return "there must be something after the @-sign";
        }
        if (address.codePointCount(0, address.length()) > 254) {
            return "the address is longer than 254 characters";
        }
        String localProblem = localPartProblem(local);
        return localProblem != null ? localProblem : domainProblem(domain);
    }

    private static String localPartProblem(String local) {
        if (local.startsWith("\"")) {
            return "quoted local parts are not allowed";
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return "the part before the @-sign cannot start or end with a period or have two in a row";
        }
        for (int i = 0; i < local.length(); ) {
            int cp = local.codePointAt(i);
            boolean ascii = cp < 0x80;
            if ((ascii && !isAsciiAlphanumeric(cp) && ATEXT_SYMBOLS.indexOf(cp) < 0 && cp != '.')
                    || (!ascii && !isInternationalCharacter(cp))) {
                return "the part before the @-sign contains " + describe(cp);
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    private static String domainProblem(String domain) {
        if (domain.startsWith("[")) {
            return "an IP address after the @-sign is not allowed";
        }
        String lower = domain.toLowerCase(Locale.ROOT);
        if (lower.length() > 253) {
            return "the part after the @-sign is longer than 253 characters";
        }
        String[] labels = lower.split("\\.", -1);
        if (labels.length < 2) {
            return "the part after the @-sign must contain a period";
        }
        for (String label : labels) {
            if (label.isEmpty()) {
                return "the part after the @-sign cannot start or end with a period or have two in a row";
            }
            if (label.length() > 63) {
                return "a part of the domain is longer than 63 characters";
            }
            if (label.startsWith("-") || label.endsWith("-")) {
                return "a part of the domain cannot start or end with a hyphen";
            }
            for (int i = 0; i < label.length(); ) {
                int cp = label.codePointAt(i);
                boolean ok = cp < 0x80 ? isAsciiAlphanumeric(cp) || cp == '-' : isInternationalCharacter(cp);
                if (!ok) {
                    return "the part after the @-sign contains " + describe(cp);
                }
                i += Character.charCount(cp);
            }
        }
        String topLevel = labels[labels.length - 1];
        if (topLevel.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "the part after the @-sign does not end in a valid top-level domain";
        }
        if (SPECIAL_USE_DOMAINS.contains(topLevel)) {
            return "the part after the @-sign is a special-use or reserved name";
        }
        return null;
    }

    /** Letters, digits and combining marks beyond ASCII, as internationalised addresses allow. */
    private static boolean isInternationalCharacter(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean isAsciiAlphanumeric(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }

    private static String describe(int cp) {
        return Character.isWhitespace(cp) || Character.isISOControl(cp) || !Character.isDefined(cp)
                ? String.format("the invalid character U+%04X", cp)
                : "the invalid character " + new String(Character.toChars(cp));
    }
}
