/**
 * Configuration: what an operator can set, and how the layers combine. A value given on the
 * command line wins over a {@code LARDER_*} environment variable, which wins over the YAML file
 * given with {@code --config}, which wins over the built-in default.
 */
package dev.larder.config;
