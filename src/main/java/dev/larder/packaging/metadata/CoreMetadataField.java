package dev.larder.packaging.metadata;

import java.util.List;

/**
 * The core-metadata fields an upload form can carry: the name packaging reports them by
 * (the lower-case e-mail header name), the metadata version that introduced them, whether
 * they are single-use, and the form keys PyPI reads them from.
 *
 * <p>Form keys follow warehouse: the field name lower-cased with {@code _} for {@code -},
 * plural for most multiple-use fields, but singular {@code platform},
 * {@code supported_platform} and {@code license_file}. {@code import_name} and
 * {@code import_namespace} (PyPI's spelling) are also accepted as {@code import_names} and
 * {@code import_namespaces} (uv's spelling), which PyPI ignores.
 */
enum CoreMetadataField {
    METADATA_VERSION("metadata-version", Kind.SINGLE, "1.0", "metadata_version"),
    NAME("name", Kind.SINGLE, "1.0", "name"),
    VERSION("version", Kind.SINGLE, "1.0", "version"),
    DYNAMIC("dynamic", Kind.MULTIPLE, "2.2", "dynamic"),
    PLATFORM("platform", Kind.MULTIPLE, "1.0", "platform"),
    SUPPORTED_PLATFORM("supported-platform", Kind.MULTIPLE, "1.1", "supported_platform"),
    SUMMARY("summary", Kind.SINGLE, "1.0", "summary"),
    DESCRIPTION("description", Kind.SINGLE, "1.0", "description"),
    DESCRIPTION_CONTENT_TYPE("description-content-type", Kind.SINGLE, "2.1", "description_content_type"),
    KEYWORDS("keywords", Kind.KEYWORDS, "1.0", "keywords"),
    HOME_PAGE("home-page", Kind.SINGLE, "1.0", "home_page"),
    DOWNLOAD_URL("download-url", Kind.SINGLE, "1.1", "download_url"),
    AUTHOR("author", Kind.SINGLE, "1.0", "author"),
    AUTHOR_EMAIL("author-email", Kind.SINGLE, "1.0", "author_email"),
    MAINTAINER("maintainer", Kind.SINGLE, "1.2", "maintainer"),
    MAINTAINER_EMAIL("maintainer-email", Kind.SINGLE, "1.2", "maintainer_email"),
    LICENSE("license", Kind.SINGLE, "1.0", "license"),
    LICENSE_EXPRESSION("license-expression", Kind.SINGLE, "2.4", "license_expression"),
    LICENSE_FILE("license-file", Kind.MULTIPLE, "2.4", "license_file"),
    CLASSIFIER("classifier", Kind.MULTIPLE, "1.1", "classifiers"),
    REQUIRES_DIST("requires-dist", Kind.MULTIPLE, "1.2", "requires_dist"),
    REQUIRES_PYTHON("requires-python", Kind.SINGLE, "1.2", "requires_python"),
    REQUIRES_EXTERNAL("requires-external", Kind.MULTIPLE, "1.2", "requires_external"),
    PROJECT_URL("project-url", Kind.PROJECT_URLS, "1.2", "project_urls"),
    PROVIDES_EXTRA("provides-extra", Kind.MULTIPLE, "2.1", "provides_extra"),
    PROVIDES_DIST("provides-dist", Kind.MULTIPLE, "1.2", "provides_dist"),
    OBSOLETES_DIST("obsoletes-dist", Kind.MULTIPLE, "1.2", "obsoletes_dist"),
    IMPORT_NAME("import-name", Kind.MULTIPLE, "2.5", "import_name", "import_names"),
    IMPORT_NAMESPACE("import-namespace", Kind.MULTIPLE, "2.5", "import_namespace", "import_namespaces"),
    REQUIRES("requires", Kind.MULTIPLE, "1.1", "requires"),
    PROVIDES("provides", Kind.MULTIPLE, "1.1", "provides"),
    OBSOLETES("obsoletes", Kind.MULTIPLE, "1.1", "obsoletes");

    /** How a field's form values are read: one string, a list, comma-split keywords, labelled URLs. */
    enum Kind { SINGLE, MULTIPLE, KEYWORDS, PROJECT_URLS }

    /** The metadata versions packaging knows, oldest first; 2.0 never existed. */
    static final List<String> PACKAGING_VERSIONS = List.of("1.0", "1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6");

    final String emailName;
    final Kind kind;
    final String introducedIn;
    final List<String> formKeys;

    CoreMetadataField(String emailName, Kind kind, String introducedIn, String... formKeys) {
        this.emailName = emailName;
        this.kind = kind;
        this.introducedIn = introducedIn;
        this.formKeys = List.of(formKeys);
    }
}
