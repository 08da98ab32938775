package dev.larder.packaging.archive;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A wheel's RECORD as the set of paths it lists, compared with the wheel's files the way PyPI's
 * {@code validate_record} compares them. At most {@code maxPaths} distinct paths are kept, so a
 * RECORD of millions of tiny lines cannot outgrow the entry limit in memory.
 */
final class WheelRecord {

    private final Set<String> paths;
    private final boolean truncated;

    private WheelRecord(Set<String> paths, boolean truncated) {
        this.paths = paths;
        this.truncated = truncated;
    }

    /** The RECORD's paths, or empty when PyPI could not read it (and so reports it as missing). */
    static Optional<WheelRecord> read(byte[] record, int maxPaths) {
        Set<String> paths = new HashSet<>();
        boolean[] truncated = {false};
        boolean readable = RecordFile.forEachPath(record, path -> {
            if (paths.size() < maxPaths || paths.contains(path)) {
                paths.add(path);
            } else {
                truncated[0] = true;
            }
        });
        return readable ? Optional.of(new WheelRecord(paths, truncated[0])) : Optional.empty();
    }

    /**
     * Compares with the wheel's entry names; directories and the RECORD signature files
     * ({@code RECORD.jws}, {@code RECORD.p7s}) are not expected in RECORD.
     */
    Optional<RecordMismatch> compareWith(List<String> entryNames, String distInfo) {
        Set<String> exempt = Set.of(distInfo + "/RECORD.jws", distInfo + "/RECORD.p7s");
        Set<String> files = new HashSet<>();
        for (String name : entryNames) {
            if (!name.endsWith("/") && !name.endsWith("\\") && !exempt.contains(name)) {
                files.add(name);
            }
        }
        if (files.equals(paths) && !truncated) {
            return Optional.empty();
        }
        Set<String> missingFromRecord = new TreeSet<>(files);
        missingFromRecord.removeAll(paths);
        Set<String> missingFromWheel = new TreeSet<>(paths);
        missingFromWheel.removeAll(files);
        return Optional.of(new RecordMismatch(new TreeSet<>(missingFromRecord), new TreeSet<>(missingFromWheel),
                truncated));
    }
}
