/**
 * What the public pages show: the start page's recent projects, search, a project or release page
 * (description rendered safely, metadata, files and who published each), and a user's projects.
 * Read-only; built from the same catalogue reads the Simple and JSON APIs use.
 */
package dev.larder.index.browse;
