package dev.larder.storage;

/** The blob store contract on local files. */
class FileBlobStoreTest extends BlobStoreContract {
    @Override
    protected BlobStore newStore() throws Exception {
        return new FileBlobStore(temp.resolve("files"), "test");
    }
}
