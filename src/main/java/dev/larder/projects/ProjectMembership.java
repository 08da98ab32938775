package dev.larder.projects;

/** A project a user has a role on, as their own listings show it. */
public record ProjectMembership(String projectName, String normalizedName, Role role) {}
