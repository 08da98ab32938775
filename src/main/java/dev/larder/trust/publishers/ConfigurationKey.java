package dev.larder.trust.publishers;

import dev.larder.trust.oidc.IssuerType;
/** Builds {@link PublisherSpec#configurationKey()} texts: a JSON array of strings, so parts can never run together. */
final class ConfigurationKey {
    private ConfigurationKey() {}

    static String of(IssuerType kind, String... parts) {
        StringBuilder out = new StringBuilder("[\"").append(kind.configName()).append('"');
        for (String part : parts) {
            out.append(",\"");
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        }
        return out.append(']').toString();
    }
}
