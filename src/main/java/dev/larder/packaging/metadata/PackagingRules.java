package dev.larder.packaging.metadata;

import dev.larder.packaging.InvalidRequirementException;
import dev.larder.packaging.InvalidSpecifierException;
import dev.larder.packaging.InvalidVersionException;
import dev.larder.packaging.ProjectName;
import dev.larder.packaging.PythonRepr;
import dev.larder.packaging.Requirement;
import dev.larder.packaging.SpecifierSet;
import dev.larder.packaging.Version;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The checks of {@code packaging.metadata.Metadata.from_raw(raw, validate=True)}, with its
 * messages: the metadata version must be one packaging knows, name and version are
 * required, no field may be newer than the declared metadata version, and the fields
 * packaging understands must hold valid values. It also produces the typed values.
 */
final class PackagingRules {

    /** What packaging counts as a line break in a summary ({@code str.splitlines} boundaries). */
    private static final String LINE_BREAKS = "\n\r\u000B\u000C\u001C\u001D\u001E\u0085\u2028\u2029";
    private static final Set<String> NOT_DYNAMIC = Set.of("name", "version", "metadata-version");

    private final RawMetadata raw;
    private final List<FieldError> errors;

    private PackagingRules(RawMetadata raw, List<FieldError> errors) {
        this.raw = raw;
        this.errors = errors;
    }

    /** Validates; returns the typed metadata, which is only meaningful if no error was added. */
    static UploadMetadata check(RawMetadata raw, List<FieldError> errors) {
        return new PackagingRules(raw, errors).check();
    }

    private UploadMetadata check() {
        String metadataVersion = raw.string(CoreMetadataField.METADATA_VERSION);
        int age = metadataVersion == null ? -1 : CoreMetadataField.PACKAGING_VERSIONS.indexOf(metadataVersion);
        if (age < 0) {
            error(CoreMetadataField.METADATA_VERSION,
                    (metadataVersion == null ? "None" : PythonRepr.of(metadataVersion)) + " is not a valid metadata version");
        }
        Set<CoreMetadataField> tooNew = EnumSet.noneOf(CoreMetadataField.class);
        for (CoreMetadataField field : raw.present()) {
            if (age >= 0 && CoreMetadataField.PACKAGING_VERSIONS.indexOf(field.introducedIn) > age) {
                error(field, field.emailName + " introduced in metadata version " + field.introducedIn + ", not " + metadataVersion);
                tooNew.add(field);
            }
        }
        return new UploadMetadata(metadataVersion, name(), version(),
                checked(tooNew, CoreMetadataField.SUMMARY, this::summary),
                raw.string(CoreMetadataField.DESCRIPTION),
                checked(tooNew, CoreMetadataField.DESCRIPTION_CONTENT_TYPE, this::descriptionContentType),
                raw.list(CoreMetadataField.KEYWORDS),
                raw.string(CoreMetadataField.HOME_PAGE), raw.string(CoreMetadataField.DOWNLOAD_URL),
                raw.string(CoreMetadataField.AUTHOR), raw.string(CoreMetadataField.AUTHOR_EMAIL),
                raw.string(CoreMetadataField.MAINTAINER), raw.string(CoreMetadataField.MAINTAINER_EMAIL),
                raw.string(CoreMetadataField.LICENSE),
                checked(tooNew, CoreMetadataField.LICENSE_EXPRESSION, this::licenseExpression),
                checkedList(tooNew, CoreMetadataField.LICENSE_FILE, this::licenseFiles),
                raw.list(CoreMetadataField.CLASSIFIER), raw.list(CoreMetadataField.PLATFORM),
                raw.list(CoreMetadataField.SUPPORTED_PLATFORM),
                tooNew.contains(CoreMetadataField.REQUIRES_DIST) ? List.of() : requiresDist(),
                tooNew.contains(CoreMetadataField.REQUIRES_PYTHON) ? null : requiresPython(),
                raw.list(CoreMetadataField.REQUIRES_EXTERNAL), raw.projectUrls(),
                checkedList(tooNew, CoreMetadataField.PROVIDES_EXTRA, this::providesExtra),
                raw.list(CoreMetadataField.PROVIDES_DIST), raw.list(CoreMetadataField.OBSOLETES_DIST),
                raw.list(CoreMetadataField.REQUIRES), raw.list(CoreMetadataField.PROVIDES),
                raw.list(CoreMetadataField.OBSOLETES),
                checkedList(tooNew, CoreMetadataField.DYNAMIC, this::dynamic),
                checkedList(tooNew, CoreMetadataField.IMPORT_NAME, values -> importNames(CoreMetadataField.IMPORT_NAME, values)),
                checkedList(tooNew, CoreMetadataField.IMPORT_NAMESPACE,
                        values -> importNames(CoreMetadataField.IMPORT_NAMESPACE, values)));
    }

    private String checked(Set<CoreMetadataField> tooNew, CoreMetadataField field,
                           java.util.function.UnaryOperator<String> check) {
        String value = raw.string(field);
        return value == null || tooNew.contains(field) ? value : check.apply(value);
    }

    private List<String> checkedList(Set<CoreMetadataField> tooNew, CoreMetadataField field,
                                     java.util.function.UnaryOperator<List<String>> check) {
        List<String> values = raw.list(field);
        return values.isEmpty() || tooNew.contains(field) ? values : check.apply(values);
    }

    private ProjectName name() {
        String value = raw.string(CoreMetadataField.NAME);
        if (value == null || value.isEmpty()) {
            error(CoreMetadataField.NAME, "'name' is a required field");
        } else if (!ProjectName.isValid(value)) {
            error(CoreMetadataField.NAME, PythonRepr.of(value) + " is invalid for 'name'");
        } else {
            return ProjectName.of(value);
        }
        return null;
    }

    private Version version() {
        String value = raw.string(CoreMetadataField.VERSION);
        if (value == null || value.isEmpty()) {
            error(CoreMetadataField.VERSION, "'version' is a required field");
            return null;
        }
        try {
            return Version.parse(value);
        } catch (InvalidVersionException e) {
            error(CoreMetadataField.VERSION, PythonRepr.of(value) + " is invalid for 'version'");
            return null;
        }
    }

    private String summary(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (LINE_BREAKS.indexOf(value.charAt(i)) >= 0) {
                error(CoreMetadataField.SUMMARY, "'summary' must be a single line");
                break;
            }
        }
        return value;
    }

    private String descriptionContentType(String value) {
        String problem = DescriptionContentType.problem(value);
        if (problem != null) {
            error(CoreMetadataField.DESCRIPTION_CONTENT_TYPE, problem);
        }
        return value;
    }

    private String licenseExpression(String value) {
        try {
            return LicenseExpression.canonicalize(value);
        } catch (InvalidLicenseExpressionException e) {
            error(CoreMetadataField.LICENSE_EXPRESSION, PythonRepr.of(value) + " is invalid for 'license-expression'");
            return value;
        }
    }

    private List<String> licenseFiles(List<String> paths) {
        for (String path : paths) {
            String problem = LicenseFilePath.problem(path);
            if (problem != null) {
                error(CoreMetadataField.LICENSE_FILE, PythonRepr.of(path) + " is invalid for 'license-file', " + problem);
                break;
            }
        }
        return paths;
    }

    private List<Requirement> requiresDist() {
        List<Requirement> requirements = new ArrayList<>();
        for (String text : raw.list(CoreMetadataField.REQUIRES_DIST)) {
            try {
                requirements.add(Requirement.parse(text));
            } catch (InvalidRequirementException e) {
                error(CoreMetadataField.REQUIRES_DIST, PythonRepr.of(text) + " is invalid for 'requires-dist'");
                break;
            }
        }
        return requirements;
    }

    private SpecifierSet requiresPython() {
        String value = raw.string(CoreMetadataField.REQUIRES_PYTHON);
        if (value == null) {
            return null;
        }
        try {
            return SpecifierSet.parse(value);
        } catch (InvalidSpecifierException e) {
            error(CoreMetadataField.REQUIRES_PYTHON, PythonRepr.of(value) + " is invalid for 'requires-python'");
            return null;
        }
    }

    private List<String> providesExtra(List<String> names) {
        List<String> normalized = new ArrayList<>();
        for (String name : names) {
            if (!ProjectName.isValid(name)) {
                error(CoreMetadataField.PROVIDES_EXTRA, PythonRepr.of(name) + " is invalid for 'provides-extra'");
                return names;
            }
            normalized.add(ProjectName.normalize(name));
        }
        return normalized;
    }

    private List<String> dynamic(List<String> fields) {
        List<String> lower = new ArrayList<>();
        for (String field : fields) {
            String name = field.toLowerCase(Locale.ROOT);
            lower.add(name);
            if (NOT_DYNAMIC.contains(name)) {
                error(CoreMetadataField.DYNAMIC, PythonRepr.of(name) + " is not allowed as a dynamic field");
                break;
            }
            if (!isCoreMetadataName(name)) {
                error(CoreMetadataField.DYNAMIC, PythonRepr.of(name) + " is not a valid dynamic field");
                break;
            }
        }
        return lower;
    }

    private static boolean isCoreMetadataName(String name) {
        for (CoreMetadataField field : CoreMetadataField.values()) {
            if (field.emailName.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private List<String> importNames(CoreMetadataField field, List<String> values) {
        for (String value : values) {
            String problem = ImportName.problem(value, field.emailName);
            if (problem != null) {
                error(field, problem);
                break;
            }
        }
        return values;
    }

    private void error(CoreMetadataField field, String message) {
        errors.add(new FieldError(field.emailName, message));
    }
}
