package dev.larder.packaging.metadata;

import dev.larder.packaging.PythonStringOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Validates the core-metadata fields of an upload form ({@code POST /legacy/}) exactly as
 * PyPI does: warehouse's {@code parse_form_metadata}, then packaging's
 * {@code Metadata.from_raw(..., validate=True)}, then warehouse's own rules, reporting the
 * single error PyPI would put in its 400 reason phrase.
 *
 * <p>Which error is reported: errors are grouped by field; {@code metadata-version}, then
 * {@code name}, then {@code version} win if present, otherwise the alphabetically first
 * field (packaging's spelling, e.g. {@code author-email} before {@code classifier}), and
 * within it the first error found. The message gets a final {@code .} if it lacks one and
 * {@code  See https://packaging.python.org/specifications/core-metadata for more
 * information.} (for local versions, the version-specifiers page instead).
 *
 * <p>Form keys are the upload form's ({@code metadata_version}, {@code requires_dist},
 * {@code project_urls}, singular {@code platform}, {@code supported_platform} and
 * {@code license_file}); {@code import_name(s)} and {@code import_namespace(s)} are accepted
 * in both spellings. Unknown keys are ignored and an empty string counts as absent.
 *
 * <p>Deviations from PyPI, all deliberate:
 * <ul>
 *   <li>PyPI also rejects a description that its reStructuredText renderer cannot render;
 *       Larder does not render descriptions, so that check is not made here.</li>
 *   <li>E-mail fields: every address in the list is checked (PyPI checks what
 *       {@code email.utils.parseaddr} extracts), with email-validator's rules but Larder's
 *       wording after the colon.</li>
 *   <li>Description-Content-Type is parsed by a port of the relevant part of Python's e-mail
 *       header parser; exotic parameter defects are described in Larder's words, and the
 *       allowed types and variants are always listed in one fixed order.</li>
 *   <li>Requirements whose marker value holds both quote characters are rejected as invalid,
 *       since packaging cannot print (and PyPI cannot store) them.</li>
 * </ul>
 */
public final class UploadMetadataValidator {

    private static final List<String> FIRST_FIELDS = List.of("metadata-version", "name", "version");

    /**
     * Validates the form and returns the typed metadata.
     *
     * @param form form field values by key, each key with its values in the order sent
     * @throws MetadataValidationException with PyPI's message for the reported error
     */
    public UploadMetadata validate(Map<String, List<String>> form) {
        Objects.requireNonNull(form, "form");
        List<FieldError> errors = new ArrayList<>();
        RawMetadata raw = RawMetadata.read(form, errors);
        throwIfAny(errors);
        UploadMetadata metadata = PackagingRules.check(raw, errors);
        throwIfAny(errors);
        WarehouseRules.check(metadata, errors);
        throwIfAny(errors);
        return metadata;
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        String field = null;
        for (String first : FIRST_FIELDS) {
            if (errors.stream().anyMatch(e -> e.field().equals(first))) {
                field = first;
                break;
            }
        }
        if (field == null) {
            field = errors.stream().map(FieldError::field).min(PythonStringOrder.INSTANCE).orElseThrow();
        }
        String chosen = field;
        FieldError error = errors.stream().filter(e -> e.field().equals(chosen)).findFirst().orElseThrow();
        String reason = error.message();
        String message = reason + (reason.endsWith(".") ? "" : ".") + " See " + error.helpUrl() + " for more information.";
        throw new MetadataValidationException(error.field(), reason, message);
    }
}
