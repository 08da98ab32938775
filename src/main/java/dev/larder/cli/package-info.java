/**
 * The command line: {@code larder serve} and the {@code larder admin} commands, which act on the
 * same data directory or database as a running server.
 */
package dev.larder.cli;
