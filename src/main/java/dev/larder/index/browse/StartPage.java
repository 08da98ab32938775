package dev.larder.index.browse;

import java.util.List;

/** The start page: the recently changed projects and the size of the index. */
public record StartPage(List<ProjectCard> recent, long projects, long files) {}
