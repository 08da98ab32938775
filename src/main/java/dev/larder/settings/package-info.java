/**
 * Instance settings an administrator changes at run time in the web UI (such as whether anyone may
 * register). They live in the database, so every instance sees the same value, and override the
 * start-up default from the configuration.
 */
package dev.larder.settings;
