package dev.larder.settings;

import dev.larder.accounts.AccountException;
import dev.larder.accounts.User;
import java.time.Clock;

/**
 * The run-time settings of this index. Read on every use (one indexed row), so a change made on
 * one instance holds on all of them at once.
 */
public final class InstanceSettings {
    static final String REGISTRATION = "registration";

    private final InstanceSettingsRepository repository;
    private final InstanceDefaults defaults;
    private final Clock clock;

    public InstanceSettings(InstanceSettingsRepository repository, InstanceDefaults defaults, Clock clock) {
        this.repository = repository;
        this.defaults = defaults;
        this.clock = clock;
    }

    public boolean registrationOpen() {
        return repository.value(REGISTRATION).map(Boolean::parseBoolean).orElse(defaults.registrationOpen());
    }

    /** Only an administrator may open or close registration. */
    public void setRegistrationOpen(User actor, boolean open) {
        if (!actor.admin()) {
            throw new AccountException("only an administrator can change the settings of this index");
        }
        repository.put(REGISTRATION, Boolean.toString(open), actor.name(), clock.instant());
    }
}
