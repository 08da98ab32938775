package dev.larder.index;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

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
    /** Keys in the order they entered, for evicting the oldest first. */
    private final Queue<Key> arrivals = new ConcurrentLinkedQueue<>();

    ProjectPageCache(int capacity) {
        this.capacity = capacity;
    }

    Rendered get(Key key, long serial) {
        Rendered r = pages.get(key);
        return r != null && r.serial() == serial ? r : null;
    }

    void put(Key key, Rendered rendered) {
        boolean added = pages.putIfAbsent(key, rendered) == null;
        if (!added) {
            pages.merge(key, rendered, (old, now) -> now.serial() >= old.serial() ? now : old);
            return;
        }
        arrivals.add(key);
        // The oldest entries go first, in constant time (searching the map for any entry to drop
        // walked ever more emptied buckets as evictions went on). Concurrent puts may overshoot
        // the capacity by a few entries for a moment; a miss only costs one rendering.
        while (pages.size() > capacity) {
            Key oldest = arrivals.poll();
            if (oldest == null) {
                break;
            }
            pages.remove(oldest);
        }
    }
}
