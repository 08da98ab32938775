package dev.larder.storage.sql;

import dev.larder.storage.BlobKey;
import dev.larder.storage.migration.ReferencedBlob;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.jdbi.v3.core.Jdbi;

/** Every blob the index refers to: each file and, where it has one, its {@code .metadata} sibling. */
public final class SqlBlobInventory {
    private final Jdbi jdbi;

    public SqlBlobInventory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** In upload order, so a resumed copy walks the same list. */
    public List<ReferencedBlob> referencedBlobs() {
        return jdbi.withHandle(h -> {
            List<ReferencedBlob> blobs = new ArrayList<>();
            h.createQuery("SELECT path, size, sha256_digest, blake2_256_digest, metadata_sha256, metadata_blake2_256"
                            + " FROM files ORDER BY id")
                    .map((rs, ctx) -> {
                        String path = rs.getString("path");
                        blobs.add(new ReferencedBlob(path, OptionalLong.of(rs.getLong("size")),
                                rs.getString("sha256_digest"), rs.getString("blake2_256_digest")));
                        String metaSha = rs.getString("metadata_sha256");
                        String metaBlake = rs.getString("metadata_blake2_256");
                        if (metaSha != null && metaBlake != null) {
                            blobs.add(new ReferencedBlob(BlobKey.metadataOf(path), OptionalLong.empty(), metaSha, metaBlake));
                        }
                        return path;
                    })
                    .list();
            return blobs;
        });
    }
}
