package dev.larder.upload;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code content} part as it arrived: written to a staging file while it was hashed.
 *
 * @param tooLarge the part was longer than the size limit; its bytes past the limit were discarded
 *                 and {@code size} still counts them all
 */
public record ReceivedFile(
        String filename,
        Optional<String> partContentType,
        Path staged,
        long size,
        boolean tooLarge,
        Digests digests) {}
