package dev.larder.packaging.archive;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An uploaded ZIP file (wheel or .zip sdist) opened for inspection: its central directory read
 * once, and the checks PyPI runs on every zip upload, each callable in PyPI's order.
 */
final class ZipArchive implements Closeable {

    private final RandomAccessBytes bytes;
    private final CentralDirectory directory;

    private ZipArchive(RandomAccessBytes bytes, CentralDirectory directory) {
        this.bytes = bytes;
        this.directory = directory;
    }

    /**
     * Opens the file, refusing it with PyPI's {@code File is not a zipfile} unless Python's
     * {@code zipfile.is_zipfile} would accept it.
     */
    static ZipArchive open(Path file, ArchiveLimits limits) throws InvalidDistributionException, IOException {
        RandomAccessBytes bytes = RandomAccessBytes.open(file);
        try {
            Optional<EndOfCentralDirectory> end = EndOfCentralDirectory.locate(bytes);
            if (end.isEmpty() || !ZipSignature.matches(bytes)) {
                throw new InvalidDistributionException("File is not a zipfile");
            }
            return new ZipArchive(bytes, CentralDirectory.read(bytes, end.get(), limits));
        } catch (InvalidDistributionException | IOException | RuntimeException e) {
            bytes.close();
            throw e;
        }
    }

    /** PyPI: more than 64 MiB uncompressed in total, at a ratio above 50, per the central directory. */
    void checkCompressionRatio() throws InvalidDistributionException {
        long expanded = 0;
        for (CentralDirectoryEntry entry : directory.entries()) {
            long size = entry.uncompressedSize();
            expanded = size < 0 || size > Long.MAX_VALUE - expanded ? Long.MAX_VALUE : expanded + size;
        }
        if (CompressionRatio.exceeded(expanded, bytes.size())) {
            throw CompressionRatio.rejection();
        }
    }

    /** PyPI accepts only STORED and DEFLATED members. */
    void checkCompressionMethods() throws InvalidDistributionException {
        for (CentralDirectoryEntry entry : directory.entries()) {
            if (entry.method() != CentralDirectoryEntry.STORED && entry.method() != CentralDirectoryEntry.DEFLATED) {
                throw new InvalidDistributionException("File does not use a supported compression type");
            }
        }
    }

    /** The strict structure check; see {@link ZipStructureCheck}. */
    void checkStructure() throws InvalidDistributionException, IOException {
        ZipStructureCheck.check(bytes, directory);
    }

    boolean contains(String name) {
        return directory.entry(name) != null;
    }

    /** The entry names in central directory order, as Python's {@code ZipFile.namelist()}. */
    List<String> names() {
        List<String> names = new ArrayList<>(directory.entries().size());
        for (CentralDirectoryEntry entry : directory.entries()) {
            names.add(entry.name());
        }
        return names;
    }

    /** The bytes of member {@code name}, or empty when there is no such member. */
    Optional<byte[]> read(String name, int limit) throws InvalidDistributionException, IOException {
        CentralDirectoryEntry entry = directory.entry(name);
        return entry == null ? Optional.empty() : Optional.of(ZipMemberReader.read(bytes, entry, limit));
    }

    @Override
    public void close() throws IOException {
        bytes.close();
    }
}
