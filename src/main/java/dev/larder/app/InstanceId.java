package dev.larder.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The name of one Larder instance: a random id kept in {@code DATA/instance-id}, so it survives
 * restarts. Instances that share a database each need a data directory of their own; the id tells
 * their leftovers apart (see upload intents).
 */
final class InstanceId {
    private InstanceId() {}

    static String of(Path dataDir) {
        Path file = dataDir.resolve("instance-id");
        try {
            Files.createDirectories(dataDir);
            try {
                Files.writeString(file, UUID.randomUUID() + "\n", StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException kept) {
                // a restart: keep the id
            }
            String id = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (id.isEmpty()) {
                throw new IllegalStateException(file + " is empty; delete it to get a new instance id");
            }
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file + ": " + e.getMessage(), e);
        }
    }
}
