/**
 * Moving an index's blobs from one store to another ({@code larder admin migrate-storage}), driven
 * by the database's list of referenced blobs and checked against their recorded digests.
 */
package dev.larder.storage.migration;
