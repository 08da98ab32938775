/**
 * The public pages: the start page, search, project and release pages, and user pages. Handlers
 * parse the request, ask {@link dev.larder.index.browse.BrowseFacade} and render a template under
 * {@code src/main/jte/index/}; all escaping is the templates'.
 */
package dev.larder.index.pages;
