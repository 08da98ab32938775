package dev.larder.settings;

import dev.larder.config.ConfigException;
import dev.larder.config.SettingsSource;
import java.util.Locale;

/**
 * The start-up values of the run-time settings, from the configuration; an administrator's choice
 * in the web UI, once made, wins over them.
 *
 * @param registrationOpen whether anyone may create an account on the sign-up page
 *                         ({@code registration}, {@code LARDER_REGISTRATION}; default true)
 */
public record InstanceDefaults(boolean registrationOpen) {

    public static InstanceDefaults from(SettingsSource s) {
        return new InstanceDefaults(bool("registration", s.get("registration").orElse("true")));
    }

    private static boolean bool(String key, String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new ConfigException("--" + key + " '" + text + "' must be true or false");
        };
    }
}
