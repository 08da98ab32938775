package dev.larder.upload.http;

import dev.larder.storage.BlobStore;
import dev.larder.upload.ReceivedFile;
import dev.larder.upload.UploadForm;
import dev.larder.upload.UploadRejected;
import dev.larder.web.multipart.MalformedMultipartException;
import dev.larder.web.multipart.MultipartReader;
import dev.larder.web.multipart.PartHeaders;
import dev.larder.web.multipart.PartTooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an upload's multipart body in one pass: text fields into memory (bounded), the
 * {@code content} file straight to a staging file. Applies PyPI's sanitising on the way.
 */
final class UploadFormReader {
    private static final int MAX_FIELD_BYTES = 8 << 20;
    private static final long MAX_TEXT_BYTES = 16L << 20;

    private UploadFormReader() {}

    /** The caller deletes {@link ReceivedFile#staged()} when done with it. */
    static UploadForm read(InputStream body, String boundary, BlobStore staging, long maxFileSize,
                           Optional<String> userAgent) throws IOException {
        MultipartReader reader = new MultipartReader(body, boundary);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<String> sentAsFiles = new ArrayList<>();
        ReceivedFile content = null;
        long textBytes = 0;
        try {
            Optional<PartHeaders> next;
            while ((next = reader.nextPart()).isPresent()) {
                PartHeaders part = next.get();
                if (part.isFile()) {
                    if (part.name().equals("content") && content == null) {
                        content = receive(reader, part, staging, maxFileSize);
                    } else {
                        if (!part.name().equals("content") && !part.name().equals("gpg_signature")) {
                            sentAsFiles.add(part.name());
                        }
                        reader.readBody((b, o, l) -> { });
                    }
                    continue;
                }
                byte[] value = reader.readBodyBytes(MAX_FIELD_BYTES);
                textBytes += value.length;
                if (textBytes > MAX_TEXT_BYTES) {
                    throw UploadRejected.badRequest("The upload's form fields are larger than " + (MAX_TEXT_BYTES >> 20) + " MiB in total.");
                }
                String text = new String(value, StandardCharsets.UTF_8);
                if (text.strip().equals("UNKNOWN")) {
                    continue; // a distutils leftover meaning "not given"
                }
                fields.computeIfAbsent(part.name(), k -> new ArrayList<>()).add(text.replace("\0", "\\x00"));
            }
        } catch (PartTooLargeException e) {
            discard(content);
            throw UploadRejected.badRequest("A form field is larger than " + (MAX_FIELD_BYTES >> 20) + " MiB.");
        } catch (MalformedMultipartException e) {
            discard(content);
            throw UploadRejected.badRequest("Invalid multipart form data: " + e.getMessage() + ".");
        } catch (IOException | RuntimeException e) {
            discard(content);
            throw e;
        }
        return new UploadForm(fields, sentAsFiles, Optional.ofNullable(content), userAgent);
    }

    private static ReceivedFile receive(MultipartReader reader, PartHeaders part, BlobStore staging, long maxFileSize)
            throws IOException {
        Path staged = staging.newStagingFile();
        try (StagedFileSink sink = new StagedFileSink(reopen(staged), maxFileSize)) {
            reader.readBody(sink);
            return new ReceivedFile(part.filename().orElseThrow(), part.contentType(), staged, sink.size(),
                    sink.tooLarge(), sink.finish());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(staged);
            throw e;
        }
    }

    /** createTempFile made the file (with safe permissions); the sink opens it fresh with CREATE_NEW. */
    private static Path reopen(Path staged) throws IOException {
        Files.delete(staged);
        return staged;
    }

    static void discard(ReceivedFile file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file.staged());
            } catch (IOException ignored) {
                // the staging folder is emptied at the next start
            }
        }
    }
}
