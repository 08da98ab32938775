package dev.larder.packaging.metadata;

import dev.larder.packaging.InvalidRequirementException;
import dev.larder.packaging.PythonRepr;
import dev.larder.packaging.PythonStringOrder;
import dev.larder.packaging.Requirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules PyPI adds on top of packaging (warehouse {@code forklift/metadata.py}), checked
 * only once packaging has accepted the metadata, in warehouse's order: supported metadata
 * versions (not 2.0 or 2.6), no local versions, summary length, e-mail addresses, trove
 * classifiers, URLs, project URL labels, {@code Provides-Dist}/{@code Obsoletes-Dist},
 * direct references in {@code Requires-Dist}, PyPI's list of dynamic fields, and
 * {@code License} next to {@code License-Expression}.
 */
final class WarehouseRules {

    static final Set<String> SUPPORTED_METADATA_VERSIONS = Set.of("1.0", "1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "2.5");
    private static final int MAX_SUMMARY_LENGTH = 512;
    private static final int MAX_PROJECT_URL_LABEL_LENGTH = 32;
    /** Fields PyPI lets a distribution declare dynamic, compared lower-cased. */
    private static final Set<String> DYNAMIC_FIELDS = Set.of(
            "platform", "supported-platform", "summary", "description", "description-content-type", "keywords",
            "home-page", "download-url", "author", "author-email", "maintainer", "maintainer-email", "license",
            "license-expression", "license-file", "classifier", "requires-dist", "requires-python",
            "requires-external", "project-url", "provides-extra", "provides-dist", "obsoletes-dist", "requires",
            "provides", "obsoletes", "import-name", "import-namespace");

    private WarehouseRules() {
    }

    static void check(UploadMetadata metadata, List<FieldError> errors) {
        if (!SUPPORTED_METADATA_VERSIONS.contains(metadata.metadataVersion())) {
            errors.add(new FieldError("metadata-version",
                    PythonRepr.of(metadata.metadataVersion()) + " is not a valid metadata version"));
        }
        if (metadata.version().local() != null) {
            errors.add(new FieldError("version", "The use of local versions in '" + metadata.version()
                    + "' is not allowed.", FieldError.LOCAL_VERSION_HELP));
        }
        String summary = metadata.summary();
        if (summary != null && summary.codePointCount(0, summary.length()) > MAX_SUMMARY_LENGTH) {
            errors.add(new FieldError("summary", "'summary' field must be " + MAX_SUMMARY_LENGTH + " characters or less."));
        }
        checkEmails("author-email", metadata.authorEmail(), errors);
        checkEmails("maintainer-email", metadata.maintainerEmail(), errors);
        checkClassifiers(metadata.classifiers(), errors);
        checkUrl("home-page", metadata.homePage(), errors);
        checkUrl("download-url", metadata.downloadUrl(), errors);
        checkProjectUrls(metadata.projectUrls(), errors);
        checkOtherDists("provides-dist", metadata.providesDist(), errors);
        checkOtherDists("obsoletes-dist", metadata.obsoletesDist(), errors);
        for (Requirement requirement : metadata.requiresDist()) {
            if (requirement.url() != null) {
                errors.add(new FieldError("requires-dist", "Can't have direct dependency: " + requirement));
            }
        }
        for (String field : metadata.dynamic()) {
            if (!DYNAMIC_FIELDS.contains(field)) {
                errors.add(new FieldError("dynamic", "Dynamic field " + PythonRepr.of(field) + " is not a valid dynamic field."));
            }
        }
        if (isPresent(metadata.license()) && isPresent(metadata.licenseExpression())) {
            errors.add(new FieldError("license", "License is deprecated when License-Expression is present. "
                    + "Only License-Expression should be present."));
        }
    }

    private static void checkEmails(String field, String value, List<FieldError> errors) {
        if (value == null) {
            return;
        }
        for (String address : EmailAddressList.addresses(value)) {
            String problem = EmailAddressList.problem(address);
            if (problem != null) {
                errors.add(new FieldError(field, PythonRepr.of(address) + " is not a valid email address: " + problem));
            }
        }
    }

    private static void checkClassifiers(List<String> classifiers, List<FieldError> errors) {
        TreeSet<String> distinct = new TreeSet<>(PythonStringOrder.INSTANCE);
        distinct.addAll(classifiers);
        for (String classifier : distinct) {
            if (!TroveClassifiers.isKnown(classifier)) {
                errors.add(new FieldError("classifier", PythonRepr.of(classifier) + " is not a valid classifier."));
            }
        }
        for (String classifier : distinct) {
            Optional<List<String>> replacements = TroveClassifiers.replacementsIfDeprecated(classifier);
            if (replacements.isPresent()) {
                errors.add(new FieldError("classifier", replacements.get().isEmpty()
                        ? "The classifier " + PythonRepr.of(classifier) + " has been deprecated."
                        : "The classifier " + PythonRepr.of(classifier) + " has been deprecated, use one of "
                                + pythonList(replacements.get()) + " instead."));
            }
        }
    }

    private static void checkUrl(String field, String url, List<FieldError> errors) {
        if (url != null && !MetadataUrl.isValid(url)) {
            errors.add(new FieldError(field, PythonRepr.of(url) + " is not a valid url."));
        }
    }

    private static void checkProjectUrls(Map<String, String> urls, List<FieldError> errors) {
        for (Map.Entry<String, String> entry : urls.entrySet()) {
            String label = entry.getKey();
            String url = entry.getValue();
            if (label.isEmpty()) {
                errors.add(new FieldError("project-url", "Must have a label"));
            } else if (label.codePointCount(0, label.length()) > MAX_PROJECT_URL_LABEL_LENGTH) {
                errors.add(new FieldError("project-url", PythonRepr.of(label) + " must be 32 characters or less."));
            } else if (url.isEmpty()) {
                errors.add(new FieldError("project-url", "Must have a URL"));
            } else if (!MetadataUrl.isValid(url)) {
                errors.add(new FieldError("project-url", PythonRepr.of(url) + " is not a valid url"));
            }
        }
    }

    /** packaging leaves these fields unparsed; PyPI requires PEP 508 without direct references. */
    private static void checkOtherDists(String field, List<String> values, List<FieldError> errors) {
        for (String value : values) {
            try {
                if (Requirement.parse(value).url() != null) {
                    errors.add(new FieldError(field, "Can't have direct dependency: " + PythonRepr.of(value)));
                }
            } catch (InvalidRequirementException e) {
                errors.add(new FieldError(field, PythonRepr.of(value) + " is invalid: " + e.getMessage()));
            }
        }
    }

    private static boolean isPresent(String value) {
        return value != null && !value.isEmpty();
    }

    /** Python's {@code str(list_of_str)}: {@code ['a', 'b']}. */
    private static String pythonList(List<String> items) {
        List<String> quoted = new ArrayList<>();
        for (String item : items) {
            quoted.add(PythonRepr.of(item));
        }
        return "[" + String.join(", ", quoted) + "]";
    }
}
