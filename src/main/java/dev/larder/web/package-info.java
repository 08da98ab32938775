/**
 * The HTTP server and what every endpoint shares: content negotiation, PyPI-style error pages with
 * reason phrases, conditional GET, and the Jetty/Javalin wiring with optional TLS. Capabilities
 * register their own endpoints; this package knows none of their rules.
 */
package dev.larder.web;
