package dev.larder.projects;

/** A user's role on a project, with the name shown in listings. */
public record ProjectRole(long userId, String userName, Role role) {}
