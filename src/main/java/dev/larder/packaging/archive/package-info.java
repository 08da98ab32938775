/**
 * Safe inspection of uploaded distribution files (wheels, .tar.gz and .zip sdists), with PyPI's
 * archive rules and messages.
 *
 * <p>Entry points: {@link dev.larder.packaging.archive.WheelInspector},
 * {@link dev.larder.packaging.archive.SdistInspector} and
 * {@link dev.larder.packaging.archive.ZipStructureCheck}. Every refusal is an
 * {@link dev.larder.packaging.archive.InvalidDistributionException} whose message is PyPI's detail
 * text; an {@link java.io.IOException} means the local copy itself could not be read.
 *
 * <p>Design rules that hold throughout:
 * <ul>
 *   <li>Nothing is extracted to disk. ZIP files are read by position through a
 *       {@link java.nio.channels.FileChannel} with a parser of our own, because PyPI's checks are
 *       about the raw records, which {@code java.util.zip} hides (and {@code ZipInputStream} and
 *       {@code ZipFile} disagree on exactly the archives those checks exist to catch).</li>
 *   <li>No size, count or offset read from the file is trusted for allocation or looping: every
 *       one is bounded by {@link dev.larder.packaging.archive.ArchiveLimits} or by the file's size,
 *       and decompression is capped while it runs.</li>
 *   <li>Where Python's {@code zipfile}/{@code tarfile} and PyPI would give a different answer than a
 *       Java library, the Python behaviour wins, since that is what pip and PyPI see. Deliberate
 *       deviations are named where they are made (for example, Larder reports "Malformed zip file"
 *       where PyPI's literal detail would be {@code None}, and refuses path traversal, symbolic links
 *       and device files that PyPI leaves to installers).</li>
 * </ul>
 */
package dev.larder.packaging.archive;
