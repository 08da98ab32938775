package dev.larder.packaging;

/**
 * One dot-separated part of a local version label ({@code +ubuntu.1}).
 *
 * <p>PEP 440 compares local parts that are all digits numerically and all other parts
 * as lower-case strings, and ranks any number above any string; {@code number} is set
 * exactly for the numeric parts, whose {@code text} is then the canonical digits.
 */
record LocalVersionPart(String text, NaturalNumber number) implements Comparable<LocalVersionPart> {

    static LocalVersionPart of(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (!PythonCharacter.isAsciiDigit(raw.charAt(i))) {
                return new LocalVersionPart(raw.toLowerCase(java.util.Locale.ROOT), null);
            }
        }
        NaturalNumber value = NaturalNumber.parse(raw);
        return new LocalVersionPart(value.toString(), value);
    }

    boolean isNumeric() {
        return number != null;
    }

    @Override
    public int compareTo(LocalVersionPart other) {
        if (isNumeric() && other.isNumeric()) {
            return number.compareTo(other.number);
        }
        if (isNumeric() != other.isNumeric()) {
            return isNumeric() ? 1 : -1;
        }
        return text.compareTo(other.text);
    }

    @Override
    public String toString() {
        return text;
    }
}
