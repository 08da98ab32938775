package dev.larder.index;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered project pages, keyed by normalized name and format (HTML, whose two media types share
 * the bytes, or JSON) and valid for exactly one serial. Any write to a project moves its serial
 * (in the database, so every instance sees it), which makes the cached rendering stale without
 * any message between instances. Each format is rendered when it is first asked for: installers
 * ask for JSON only, so rendering (and compressing) the HTML beside it would be wasted.
 */
final class ProjectPageCache {
    record Key(String normalizedName, boolean json) {}

    /** {@code htmlV1} is the same bytes as {@code page} under the v1 HTML media type; null for JSON. */
    record Rendered(long serial, SimplePage page, SimplePage htmlV1) {}

    private final int capacity;
    private final Map<Key, Rendered> pages = new ConcurrentHashMap<>();

    ProjectPageCache(int capacity) {
        this.capacity = capacity;
    }

    Rendered get(Key key, long serial) {
        Rendered r = pages.get(key);
        return r != null && r.serial() == serial ? r : null;
    }

    void put(Key key, Rendered rendered) {
        if (pages.size() >= capacity && !pages.containsKey(key)) {
            // Crude but bounded: drop an arbitrary entry; a miss only costs one rendering.
            pages.keySet().stream().findAny().ifPresent(pages::remove);
        }
        pages.merge(key, rendered, (old, now) -> now.serial() >= old.serial() ? now : old);
    }
}
