/**
 * The manage pages of projects: a user's project list, a project's settings (collaborators,
 * deletion), releases (yank, delete) and history. Handlers parse the form, call
 * {@link dev.larder.projects.ManagedProjectsFacade}, which decides who may do what, and render.
 */
package dev.larder.projects.http;
