package dev.larder.projects;

import java.util.List;

/** Everything the read views of one project need, loaded in one go. */
public record ProjectDetail(Project project, List<Release> releases, List<DistFile> files, List<ProjectRole> roles) {}
