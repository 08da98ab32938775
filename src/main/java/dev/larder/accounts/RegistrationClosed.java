package dev.larder.accounts;

/** Registration is switched off on this index (the page answers 403). */
public final class RegistrationClosed extends AccountException {
    public RegistrationClosed() {
        super("Registration is closed on this index. Ask an administrator for an account.");
    }
}
