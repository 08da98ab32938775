/**
 * The toolkit every server-rendered page uses: the browser session and its cookie, CSRF checks on
 * every form, the security headers of pages, rendering jte templates inside the common layout,
 * and the redirects and refusals a page handler raises. Capabilities keep their own page handlers
 * and templates; this package holds no use case of its own.
 */
package dev.larder.web.ui;
