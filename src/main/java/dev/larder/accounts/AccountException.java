package dev.larder.accounts;

/** A request about accounts that cannot be carried out; the message says why in plain words. */
public class AccountException extends RuntimeException {
    public AccountException(String message) {
        super(message);
    }
}
