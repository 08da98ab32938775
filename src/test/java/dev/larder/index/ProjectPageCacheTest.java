package dev.larder.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProjectPageCacheTest {
    private static ProjectPageCache.Rendered page(long serial) {
        byte[] body = ("page " + serial).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new ProjectPageCache.Rendered(serial, SimplePage.of(body, "application/json", "\"e" + serial + "\"", serial), null);
    }

    private static ProjectPageCache.Key key(String name) {
        return new ProjectPageCache.Key(name, true);
    }

    @Test
    void aPageIsServedOnlyForTheSerialItWasRenderedAt() {
        ProjectPageCache cache = new ProjectPageCache(10);
        cache.put(key("a"), page(5));
        assertThat(cache.get(key("a"), 5)).isNotNull();
        assertThat(cache.get(key("a"), 6)).isNull();
    }

    @Test
    void whenFullTheOldestPageMakesRoom() {
        ProjectPageCache cache = new ProjectPageCache(3);
        cache.put(key("a"), page(1));
        cache.put(key("b"), page(2));
        cache.put(key("c"), page(3));
        cache.put(key("d"), page(4));
        assertThat(cache.get(key("a"), 1)).isNull();
        assertThat(cache.get(key("b"), 2)).isNotNull();
        assertThat(cache.get(key("d"), 4)).isNotNull();
    }

    @Test
    void aNewerRenderingReplacesItsProjectsOldOneWithoutEvictingAnother() {
        ProjectPageCache cache = new ProjectPageCache(2);
        cache.put(key("a"), page(1));
        cache.put(key("b"), page(2));
        cache.put(key("a"), page(7));
        cache.put(key("a"), page(6));
        assertThat(cache.get(key("a"), 7)).as("an older rendering never replaces a newer one").isNotNull();
        assertThat(cache.get(key("b"), 2)).isNotNull();
    }
}
