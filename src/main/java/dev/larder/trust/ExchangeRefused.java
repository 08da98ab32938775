package dev.larder.trust;

/** A refused token exchange, with PyPI's error code and a description that says what to fix. */
public final class ExchangeRefused extends Exception {
    private final String code;

    public ExchangeRefused(String code, String description) {
        super(description, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String description() {
        return getMessage();
    }
}
