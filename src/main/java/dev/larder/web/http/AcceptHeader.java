package dev.larder.web.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An {@code Accept} header, and the choice among the server's offers: the highest quality wins,
 * a tie goes to the server's order, and nothing acceptable means empty (the caller falls back).
 */
public final class AcceptHeader {
    private record Range(String type, String subtype, double q) {}

    private final List<Range> ranges;

    private AcceptHeader(List<Range> ranges) {
        this.ranges = ranges;
    }

    public static AcceptHeader parse(String header) {
        List<Range> out = new ArrayList<>();
        if (header == null || header.isBlank()) {
            out.add(new Range("*", "*", 1.0));
            return new AcceptHeader(out);
        }
        for (String item : header.split(",")) {
            String[] parts = item.split(";");
            String media = parts[0].trim().toLowerCase(Locale.ROOT);
            int slash = media.indexOf('/');
            if (slash <= 0 || slash == media.length() - 1) {
                continue;
            }
            double q = 1.0;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim();
                if (p.toLowerCase(Locale.ROOT).startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2).trim());
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            out.add(new Range(media.substring(0, slash), media.substring(slash + 1), Math.max(0, Math.min(1, q))));
        }
        return new AcceptHeader(out);
    }

    /** How much the client wants this media type: the most specific matching range decides. */
    public double quality(String mediaType) {
        String m = mediaType.toLowerCase(Locale.ROOT);
        int slash = m.indexOf('/');
        String type = m.substring(0, slash);
        String subtype = m.substring(slash + 1);
        int bestSpecificity = -1;
        double q = 0;
        for (Range r : ranges) {
            int specificity;
            if (r.type.equals(type) && r.subtype.equals(subtype)) {
                specificity = 2;
            } else if (r.type.equals(type) && r.subtype.equals("*")) {
                specificity = 1;
            } else if (r.type.equals("*") && r.subtype.equals("*")) {
                specificity = 0;
            } else {
                continue;
            }
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                q = r.q;
            }
        }
        return q;
    }

    public Optional<String> best(List<String> offers) {
        String best = null;
        double bestQ = 0;
        for (String offer : offers) {
            double q = quality(offer);
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }
}
