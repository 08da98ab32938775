/** The administrators' settings page. */
package dev.larder.settings.http;
