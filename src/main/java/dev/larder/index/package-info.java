/**
 * The read APIs: the Simple Repository API (PEP 503 HTML and PEP 691 JSON, with PEP 592, 658,
 * 700, 714 and 792 data), PyPI's JSON API, and the files themselves. Project pages are rendered
 * once per change of the project's serial and served from memory until the next change, so a
 * request costs one indexed lookup; the root index streams from the database.
 */
package dev.larder.index;
