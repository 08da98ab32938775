package dev.larder.packaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns text into a {@link Version}: trims Python whitespace, walks the grammar with
 * {@link VersionScanner}, then normalises what it found the way packaging's
 * {@code Version.__init__} does (letter spellings, implicit zeros, local labels).
 */
final class VersionParser {

    private VersionParser() {
    }

    static Version parse(String text) {
        Objects.requireNonNull(text, "text");
        int start = SpecifierSyntax.skipWhitespace(text, 0);
        VersionScanner scanner = new VersionScanner(text, start);
        if (!scanner.scanRelease(1)) {
            throw InvalidVersionException.forInput(text);
        }
        scanner.scanSuffixes();
        scanner.scanLocal();
        if (SpecifierSyntax.skipWhitespace(text, scanner.position()) != text.length()) {
            throw InvalidVersionException.forInput(text);
        }
        return build(text, scanner);
    }

    private static Version build(String text, VersionScanner scan) {
        NaturalNumber epoch = scan.epochStart < 0
                ? NaturalNumber.ZERO
                : NaturalNumber.parse(text, scan.epochStart, scan.epochEnd);
        List<NaturalNumber> release = new ArrayList<>();
        for (String part : split(text, scan.releaseStart, scan.releaseEnd)) {
            release.add(NaturalNumber.parse(part));
        }
        String preLabel = scan.preLabel == null ? null : normalizePreLabel(scan.preLabel);
        NaturalNumber preNumber = preLabel == null ? null : optionalNumber(text, scan.preNumberStart, scan.preNumberEnd);
        NaturalNumber post = scan.hasPost ? optionalNumber(text, scan.postNumberStart, scan.postNumberEnd) : null;
        NaturalNumber dev = scan.hasDev ? optionalNumber(text, scan.devNumberStart, scan.devNumberEnd) : null;
        List<LocalVersionPart> local = null;
        if (scan.localStart >= 0) {
            local = new ArrayList<>();
            for (String part : split(text, scan.localStart, scan.localEnd)) {
                local.add(LocalVersionPart.of(part));
            }
        }
        return new Version(epoch, release, preLabel, preNumber, post, dev, local);
    }

    /** Splits {@code text[start, end)} at each {@code .}, {@code _} or {@code -}. */
    private static List<String> split(String text, int start, int end) {
        List<String> parts = new ArrayList<>();
        int partStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || "._-".indexOf(text.charAt(i)) >= 0) {
                parts.add(text.substring(partStart, i));
                partStart = i + 1;
            }
        }
        return parts;
    }

    /** A missing number after a label is an implicit 0 ({@code 1.0a} is {@code 1.0a0}). */
    private static NaturalNumber optionalNumber(String text, int start, int end) {
        return start == end ? NaturalNumber.ZERO : NaturalNumber.parse(text, start, end);
    }

    private static String normalizePreLabel(String label) {
        switch (label) {
            case "alpha":
            case "a":
                return "a";
            case "beta":
            case "b":
                return "b";
            default:
                return "rc"; // c, pre, preview and rc all mean release candidate
        }
    }
}
