package dev.larder.upload;

import dev.larder.packaging.ProjectName;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The upload-control fields (PyPI's {@code UploadForm}): name, filetype, pyversion and digests.
 * One error is reported: the name's first, otherwise the alphabetically first failing field, then
 * the pyversion rules, then the form-wide digest rule.
 */
final class UploadFormChecks {
    private static final Pattern HEX64 = Pattern.compile("^[A-Fa-f0-9]{64}$");
    private static final String CORE_METADATA = " See https://packaging.python.org/specifications/core-metadata for more information.";

    private UploadFormChecks() {}

    static void check(UploadForm form) {
        String name = form.first("name").orElse("");
        if (name.isEmpty()) {
            throw UploadRejected.badRequest(nameError(name, "This field is required."));
        }
        if (!ProjectName.isValid(name)) {
            throw UploadRejected.badRequest(nameError(name,
                    "Start and end with a letter or numeral containing only ASCII numeric and '.', '_' and '-'."));
        }
        TreeMap<String, String> errors = new TreeMap<>();
        Optional<String> filetype = form.nonEmpty("filetype");
        if (filetype.isEmpty()) {
            errors.put("filetype", "This field is required.");
        } else if (!filetype.get().equals("sdist") && !filetype.get().equals("bdist_wheel")) {
            errors.put("filetype", "Use a known file type.");
        }
        form.nonEmpty("sha256_digest").filter(d -> !HEX64.matcher(d).matches())
                .ifPresent(d -> errors.put("sha256_digest", "Use a valid, hex-encoded, SHA256 message digest."));
        form.nonEmpty("blake2_256_digest").filter(d -> !HEX64.matcher(d).matches())
                .ifPresent(d -> errors.put("blake2_256_digest", "Use a valid, hex-encoded, BLAKE2 message digest."));
        if (!errors.isEmpty()) {
            var first = errors.firstEntry();
            throw UploadRejected.badRequest("Invalid value for " + first.getKey() + ". Error: " + first.getValue());
        }
        Optional<String> pyversion = form.nonEmpty("pyversion");
        if (filetype.get().equals("sdist")) {
            if (pyversion.isPresent() && !pyversion.get().equals("source")) {
                throw UploadRejected.badRequest("Invalid value for pyversion. Error: Use 'source' as Python version for an sdist.");
            }
        } else if (pyversion.isEmpty()) {
            throw UploadRejected.badRequest("Invalid value for pyversion. Error: Python version is required for binary distribution uploads.");
        }
        if (form.nonEmpty("md5_digest").isEmpty() && form.nonEmpty("sha256_digest").isEmpty()
                && form.nonEmpty("blake2_256_digest").isEmpty()) {
            throw UploadRejected.badRequest("Error: Include at least one message digest.");
        }
    }

    private static String nameError(String value, String error) {
        String shown = value.length() > 60 ? value.substring(0, 30) + "..." + value.substring(value.length() - 30) : value;
        return "'" + shown + "' is an invalid value for Name. Error: " + error + CORE_METADATA;
    }
}
