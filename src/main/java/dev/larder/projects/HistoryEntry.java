package dev.larder.projects;

import java.time.Instant;

/** One line of a project's history page: a journal entry or a security event, in words. */
public record HistoryEntry(Instant at, String event, String actor, String detail) {}
