package dev.larder.config;

/** A configuration value that cannot be used; the message tells the operator what to write instead. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
