/** The SQL side of storage: which blobs the index refers to. */
package dev.larder.storage.sql;
