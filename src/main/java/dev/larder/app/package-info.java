/**
 * The composition root: the one place that builds every adapter and facade and wires them
 * together, explicitly, for the server and for the admin commands alike.
 */
package dev.larder.app;
