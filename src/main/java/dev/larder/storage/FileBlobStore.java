package dev.larder.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Blobs as files under a root folder. Writes land in a temporary file in {@code .staging} on the
 * same file system and are renamed into place, so a crash leaves either the whole blob or none.
 * Several instances may share the folder: each names its staging files after itself, so one
 * starting up clears only its own leftovers (and long-dead ones), not another's uploads under way.
 */
public final class FileBlobStore implements BlobStore {
    private final Path root;
    private final Path staging;
    private final String owner;

    /** {@code owner} names the instance using the store; it prefixes that instance's staging files. */
    public FileBlobStore(Path root, String owner) throws IOException {
        this.owner = BlobStore.checkOwner(owner);
        this.root = root.toAbsolutePath().normalize();
        this.staging = this.root.resolve(".staging");
        Files.createDirectories(staging);
    }

    @Override
    public void put(String key, Path source) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Path tmp = newStagingFile();
            Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING);
            fsync(tmp);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void put(String key, byte[] bytes) throws IOException {
        Path tmp = newStagingFile();
        Files.write(tmp, bytes);
        fsync(tmp);
        put(key, tmp);
    }

    @Override
    public Optional<Long> size(String key) throws IOException {
        Path p = resolve(key);
        return Files.isRegularFile(p) ? Optional.of(Files.size(p)) : Optional.empty();
    }

    @Override
    public InputStream open(String key, long offset) throws IOException {
        FileChannel channel = FileChannel.open(resolve(key), StandardOpenOption.READ);
        channel.position(offset);
        return Channels.newInputStream(channel);
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (NoSuchFileException ignored) {
            // already gone
        }
    }

    @Override
    public boolean reachable() {
        return Files.isDirectory(root) && Files.isWritable(root);
    }

    @Override
    public Path stagingFolder() {
        return staging;
    }

    @Override
    public String stagingOwner() {
        return owner;
    }

    @Override
    public String toString() {
        return "file:" + root;
    }

    private Path resolve(String key) {
        Path p = root.resolve(key).normalize();
        if (!p.startsWith(root) || p.startsWith(staging) || key.isEmpty()) {
            throw new IllegalArgumentException("blob key outside the store: " + key);
        }
        return p;
    }

    static void fsync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }
}
