package dev.larder.projects;

/** What a user may do on a project: Owners manage it, Maintainers upload to it. */
public enum Role {
    Owner,
    Maintainer
}
