package dev.larder.cli;

import dev.larder.app.Larder;
import dev.larder.storage.BlobStore;
import dev.larder.storage.BlobStores;
import dev.larder.storage.migration.ReferencedBlob;
import dev.larder.storage.migration.StorageMigration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code larder admin migrate-storage}: copy an index's blobs to another store, checked and resumable. */
@Command(name = "migrate-storage", mixinStandardHelpOptions = true,
        description = {"Copy every file the database refers to (and its .metadata) from one storage to another,",
                "checking each copy's sha256 and blake2b-256 against the database as read back from the destination.",
                "Blobs already at the destination with the right size are skipped: after an interruption, run it again.",
                "Then restart the server with --storage set to the destination."})
final class MigrateStorageCommand extends AdminCommand.Action {
    @Option(names = "--from", paramLabel = "LOCATION",
            description = "Storage to copy from (default: the configured --storage / LARDER_STORAGE).")
    String from;

    @Option(names = "--to", required = true, paramLabel = "LOCATION",
            description = "Storage to copy to: file:DIR or s3://BUCKET/PREFIX?endpoint=URL&region=R&path-style=true.")
    String to;

    @Option(names = "--limit", paramLabel = "N", description = "Copy at most N blobs in this run (run again to continue).")
    Long limit;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "4",
            description = "Copies in flight at once (default ${DEFAULT-VALUE}).")
    int jobs;

    @Override
    Map<String, String> settingsOverrides() {
        return from == null ? Map.of() : Map.of("storage", from);
    }

    @Override
    int run(Larder larder) throws Exception {
        String source = larder.settings().storageLocation();
        if (source.equals(to)) {
            throw new IllegalArgumentException("--from and --to name the same storage (" + to + ")");
        }
        if (limit != null && limit < 0) {
            throw new IllegalArgumentException("--limit must not be negative");
        }
        if (jobs < 1 || jobs > 64) {
            throw new IllegalArgumentException("--jobs must be between 1 and 64");
        }
        List<ReferencedBlob> blobs = larder.referencedBlobs();
        try (BlobStore destination = BlobStores.open(to, larder.settings().dataDir(), larder.blobs().stagingOwner())) {
            larder.blobs().checkReachable();
            destination.checkReachable();
            out().println("copying " + blobs.size() + " blob(s) from " + larder.blobs() + " to " + destination);
            out().flush();
            StorageMigration.Summary summary = new StorageMigration(larder.blobs(), destination, out())
                    .run(blobs, limit == null ? OptionalLong.empty() : OptionalLong.of(limit), jobs);
            if (summary.failed() > 0) {
                spec.commandLine().getErr().println("larder: " + summary.failed()
                        + " blob(s) could not be copied (see above); fix them and run the command again");
                return 1;
            }
            if (summary.stoppedEarly()) {
                return 0;
            }
            out().println("done: every blob is at " + destination + "; restart the server with --storage " + to);
            return 0;
        }
    }
}
