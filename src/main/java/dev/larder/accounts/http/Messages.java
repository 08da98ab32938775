package dev.larder.accounts.http;

/** Facade messages read as sentences on a page (the command line shows the same text in lower case). */
final class Messages {
    private Messages() {}

    static String sentence(String message) {
        if (message == null || message.isEmpty()) {
            return "";
        }
        String s = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return s.endsWith(".") ? s : s + ".";
    }
}
