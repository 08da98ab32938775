/**
 * Reading core metadata files ({@code *.dist-info/METADATA} in wheels, {@code PKG-INFO} in sdists)
 * the way {@code packaging.metadata.parse_email} reads them: Python's {@code email} parser with the
 * {@code compat32} policy, over bytes decoded as UTF-8 with surrogate escapes.
 *
 * <p>This package parses; it does not validate field values (see the metadata rules of the spec,
 * §2.7.2, for that) and it never fails: any byte sequence yields headers and a body, as in Python.
 */
package dev.larder.packaging.coremetadata;
