package dev.larder.packaging.coremetadata;

/**
 * One header of a core metadata file, in file order.
 *
 * @param name  the field name as written (compare case-insensitively)
 * @param value the value after the colon: leading spaces and tabs removed, continuation lines
 *              kept with their line breaks and indentation, trailing CR/LF removed, as
 *              {@code compat32} returns it
 */
public record HeaderField(String name, String value) {
}
