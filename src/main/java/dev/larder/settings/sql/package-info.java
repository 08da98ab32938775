/** Instance settings in the {@code instance_settings} table. */
package dev.larder.settings.sql;
