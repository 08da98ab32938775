/**
 * The catalogue: projects, their releases and files, who may manage them, and the journal of
 * changes whose ids are the serials clients see. Uploads write through {@code dev.larder.upload};
 * everything else that changes the catalogue (yank, delete, roles) is a use case of
 * {@link dev.larder.projects.ProjectsFacade} (the admin commands, trusted by the operator) and,
 * checked against the acting user's role, of {@link dev.larder.projects.ManagedProjectsFacade}
 * (the manage pages: Owners change, Maintainers look).
 */
package dev.larder.projects;
