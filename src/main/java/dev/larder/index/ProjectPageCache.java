package dev.larder.index;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered project pages, keyed by normalized name and valid for exactly one serial. Any write
 * to a project moves its serial (in the database, so every instance sees it), which makes the
 * cached rendering stale without any message between instances.
 */
final class ProjectPageCache {
    record Rendered(long serial, SimplePage html, SimplePage htmlV1, SimplePage json) {}

    private final int capacity;
    private final Map<String, Rendered> pages = new ConcurrentHashMap<>();

    ProjectPageCache(int capacity) {
        this.capacity = capacity;
    }

    Rendered get(String normalizedName, long serial) {
        Rendered r = pages.get(normalizedName);
        return r != null && r.serial() == serial ? r : null;
    }

    void put(String normalizedName, Rendered rendered) {
        if (pages.size() >= capacity && !pages.containsKey(normalizedName)) {
            // Crude but bounded: drop an arbitrary entry; a miss only costs one rendering.
            pages.keySet().stream().findAny().ifPresent(pages::remove);
        }
        pages.merge(normalizedName, rendered, (old, now) -> now.serial() >= old.serial() ? now : old);
    }
}
