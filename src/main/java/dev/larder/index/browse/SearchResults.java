package dev.larder.index.browse;

import java.util.List;

/**
 * One page of search results. {@code hasNext} says a further page exists (within the pages search
 * serves); {@code query} is empty when nothing was asked.
 */
public record SearchResults(String query, int page, List<ProjectCard> results, boolean hasNext) {

    public boolean asked() {
        return !query.isEmpty();
    }
}
