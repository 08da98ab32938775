package dev.larder.packaging.archive;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How a wheel's RECORD disagrees with the files in the wheel. PyPI does not refuse such a wheel;
 * it emails the project owners, so this is information for the caller, not a rejection.
 *
 * @param missingFromRecord files in the wheel that RECORD does not list (directories and the
 *                          RECORD signature files excepted)
 * @param missingFromWheel  paths RECORD lists that the wheel does not contain
 * @param truncated         RECORD listed more distinct paths than the entry limit, so
 *                          {@code missingFromWheel} shows only some of them
 */
public record RecordMismatch(SortedSet<String> missingFromRecord, SortedSet<String> missingFromWheel,
        boolean truncated) {

    public RecordMismatch {
        missingFromRecord = Collections.unmodifiableSortedSet(new TreeSet<>(missingFromRecord));
        missingFromWheel = Collections.unmodifiableSortedSet(new TreeSet<>(missingFromWheel));
    }
}
