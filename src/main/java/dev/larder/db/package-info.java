/**
 * The relational database: connection pool, schema migrations and the dialect differences between
 * SQLite (the single-machine default) and PostgreSQL (for several instances). Capabilities keep
 * their own SQL adapters; this package only opens the database they share.
 */
package dev.larder.db;
