package dev.larder.packaging.archive;

/**
 * The uploaded file is not an acceptable distribution.
 *
 * <p>{@link #getMessage()} is the detail text exactly as PyPI words it; the upload endpoint
 * prefixes it with {@code "Invalid distribution file. "} (or uses it as is for the messages of
 * upload steps 22 and 23, which PyPI reports without that prefix). It is a checked exception
 * because every caller has to turn it into a 400 answer; genuine I/O failures on the local copy
 * of the upload are reported separately as {@link java.io.IOException}.
 */
public final class InvalidDistributionException extends Exception {

    private static final long serialVersionUID = 1L;

    private static final String ARCHIVES_HELP = ". See https://docs.pypi.org/archives for more information";

    public InvalidDistributionException(String message) {
        super(message, null, false, false);
    }

    /** A failed ZIP structure rule, worded as PyPI's {@code ZIP archive not accepted: <reason>. See …}. */
    public static InvalidDistributionException zipNotAccepted(String reason) {
        return new InvalidDistributionException("ZIP archive not accepted: " + reason + ARCHIVES_HELP);
    }

    /** A failed tar member rule, worded as PyPI's {@code tar archive not accepted: <reason>. See …}. */
    public static InvalidDistributionException tarNotAccepted(String reason) {
        return new InvalidDistributionException("tar archive not accepted: " + reason + ARCHIVES_HELP);
    }
}
