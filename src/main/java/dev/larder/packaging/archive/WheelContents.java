package dev.larder.packaging.archive;

import java.util.Optional;

/**
 * What an accepted wheel yields for storing and serving it.
 *
 * <p>The RECORD file is always present in an accepted wheel (its absence is a rejection); whether
 * it matches the wheel's files is reported by {@link #recordMismatch()}.
 */
public final class WheelContents {

    private final byte[] metadata;
    private final RecordMismatch recordMismatch;
    private final EntryPoints entryPoints;

    WheelContents(byte[] metadata, RecordMismatch recordMismatch, EntryPoints entryPoints) {
        this.metadata = metadata;
        this.recordMismatch = recordMismatch;
        this.entryPoints = entryPoints;
    }

    /**
     * The exact bytes of {@code <name>-<ver>.dist-info/METADATA}: what PyPI serves as
     * {@code <file>.metadata} (PEP 658) and what pip verifies against the advertised hash.
     */
    public byte[] metadata() {
        return metadata.clone();
    }

    /** How RECORD disagrees with the wheel's files, if it does (PyPI only emails the owners). */
    public Optional<RecordMismatch> recordMismatch() {
        return Optional.ofNullable(recordMismatch);
    }

    /** The entry points from entry_points.txt; empty groups when the wheel has none. */
    public EntryPoints entryPoints() {
        return entryPoints;
    }
}
