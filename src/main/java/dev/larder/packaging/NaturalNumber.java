package dev.larder.packaging;

import java.math.BigInteger;

/**
 * A non-negative integer of any size, kept as its canonical decimal digits.
 *
 * <p>Version numbers are unbounded in PEP 440 and appear in practice as dates
 * ({@code 20240131120000}) or even longer build stamps, so {@code int} and {@code long}
 * would silently overflow. Keeping the digits (rather than a {@link BigInteger}) makes
 * parsing and comparing linear in the length of the input, which matters because every
 * version on an upload form is attacker-controlled text.
 */
record NaturalNumber(String digits) implements Comparable<NaturalNumber> {

    static final NaturalNumber ZERO = new NaturalNumber("0");

    NaturalNumber {
        if (digits.isEmpty() || (digits.length() > 1 && digits.charAt(0) == '0')) {
            throw new IllegalArgumentException("not canonical digits: " + digits);
        }
    }

    /** Parses ASCII digits, dropping leading zeros the way Python's {@code int()} does. */
    static NaturalNumber parse(CharSequence text, int start, int end) {
        int first = start;
        while (first < end - 1 && text.charAt(first) == '0') {
            first++;
        }
        if (first >= end) {
            throw new IllegalArgumentException("no digits");
        }
        String digits = text.subSequence(first, end).toString();
        return digits.equals("0") ? ZERO : new NaturalNumber(digits);
    }

    static NaturalNumber parse(String text) {
        return parse(text, 0, text.length());
    }

    static NaturalNumber of(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
        return value == 0 ? ZERO : new NaturalNumber(Long.toString(value));
    }

    boolean isZero() {
        return digits.equals("0");
    }

    /** This number plus one; used to build the smallest version after a given one. */
    NaturalNumber increment() {
        char[] chars = digits.toCharArray();
        for (int i = chars.length - 1; i >= 0; i--) {
            if (chars[i] != '9') {
                chars[i]++;
                return new NaturalNumber(new String(chars));
            }
            chars[i] = '0';
        }
        return new NaturalNumber("1" + new String(chars));
    }

    BigInteger toBigInteger() {
        return new BigInteger(digits);
    }

    @Override
    public int compareTo(NaturalNumber other) {
        if (digits.length() != other.digits.length()) {
            return Integer.compare(digits.length(), other.digits.length());
        }
        return digits.compareTo(other.digits);
    }

    @Override
    public String toString() {
        return digits;
    }
}
