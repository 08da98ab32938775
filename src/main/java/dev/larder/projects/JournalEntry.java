package dev.larder.projects;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of a project's journal: an upload, yank, delete or role change, with who did it (a user
 * name, or {@code "trusted publisher ..."}); its id is the serial clients see. An upload of a file
 * that is still there carries the file's trusted-publisher record, if a publisher uploaded it.
 */
public record JournalEntry(long id, Instant at, String projectName, Optional<String> version, Optional<String> filename,
                           String action, String actor, Optional<PublisherRun> publisherRun) {}
