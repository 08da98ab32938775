/**
 * Python packaging primitives, ported from the {@code packaging} library (26.x) so that
 * Larder accepts, normalises and orders exactly what PyPI does.
 *
 * <p>This package owns:
 * <ul>
 *   <li>project names and their PEP 503 normalization ({@link dev.larder.packaging.ProjectName});</li>
 *   <li>PEP 440 versions: parsing, normal form, canonical form and ordering
 *       ({@link dev.larder.packaging.Version});</li>
 *   <li>version specifiers ({@link dev.larder.packaging.SpecifierSet}) and PEP 508
 *       dependency specifiers with environment markers ({@link dev.larder.packaging.Requirement});</li>
 *   <li>wheel and sdist filenames ({@link dev.larder.packaging.WheelFilename},
 *       {@link dev.larder.packaging.SdistFilename}) and PyPI's allow-list of wheel platform tags
 *       ({@link dev.larder.packaging.PlatformTags}).</li>
 * </ul>
 *
 * <p>Everything here is pure Java with no framework dependencies, immutable and thread-safe.
 * Parsers are hand-written scanners that mirror packaging's (possessive) regular
 * expressions, so they run in linear time on hostile input. Each parser reports failure with
 * its own unchecked exception whose message matches packaging's text, because PyPI forwards
 * those messages to clients. The golden tests compare against data generated from Python's
 * packaging by {@code src/test/python/generate_packaging_oracle.py}.
 */
package dev.larder.packaging;
