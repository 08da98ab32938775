package dev.larder.trust.publishers;

/** The optional parts of {@link PublisherSpec#describe()} texts, worded the same for every provider. */
final class SpecText {
    private SpecText() {}

    static String environment(String environment) {
        return environment.isEmpty() ? ", any environment" : ", environment " + environment;
    }

    static String refPattern(String refPattern) {
        return refPattern.isEmpty() ? "" : ", refs matching " + refPattern;
    }
}
