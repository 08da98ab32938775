package dev.larder.packaging.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The messages of spec section 2.7.2 and the form rules of section 2.3.2. */
class UploadMetadataValidatorTest {

    private static final String SEE = " See https://packaging.python.org/specifications/core-metadata for more information.";

    private final UploadMetadataValidator validator = new UploadMetadataValidator();

    private static Map<String, List<String>> form(String... keysAndValues) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("metadata_version", List.of("2.5"));
        form.put("name", List.of("demo-pkg"));
        form.put("version", List.of("1.0"));
        for (int i = 0; i < keysAndValues.length; i += 2) {
            form.computeIfAbsent(keysAndValues[i], k -> new java.util.ArrayList<>());
            List<String> values = new java.util.ArrayList<>(form.get(keysAndValues[i]));
            if (form.containsKey(keysAndValues[i]) && i > 0 && keysAndValues[i].equals(keysAndValues[i - 2])) {
                values.add(keysAndValues[i + 1]);
            } else {
                values = new java.util.ArrayList<>(List.of(keysAndValues[i + 1]));
            }
            form.put(keysAndValues[i], values);
        }
        return form;
    }

    private String rejection(Map<String, List<String>> form) {
        try {
            validator.validate(form);
        } catch (MetadataValidationException e) {
            return e.getMessage();
        }
        throw new AssertionError("form was accepted: " + form);
    }

    @Test
    void aMissingMetadataVersionIsReportedAsNone() {
        Map<String, List<String>> form = form();
        form.remove("metadata_version");
        assertThat(rejection(form)).isEqualTo("None is not a valid metadata version." + SEE);
    }

    @Test
    void metadataVersionsTwoPointZeroAndTwoPointSixAreRefused() {
        for (String version : List.of("2.0", "2.6", "3.0", "-1")) {
            assertThat(rejection(form("metadata_version", version)))
                    .isEqualTo("'" + version + "' is not a valid metadata version." + SEE);
        }
        for (String version : List.of("1.0", "1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "2.5")) {
            assertThat(validator.validate(form("metadata_version", version)).metadataVersion()).isEqualTo(version);
        }
    }

    @Test
    void theVersionIsRequiredAndMustBePep440() {
        assertThat(rejection(form("version", ""))).isEqualTo("'version' is a required field." + SEE);
        assertThat(rejection(form("version", "dog"))).isEqualTo("'dog' is invalid for 'version'." + SEE);
        assertThat(rejection(form("version", "1.0.dev.a1"))).isEqualTo("'1.0.dev.a1' is invalid for 'version'." + SEE);
    }

    @Test
    void localVersionsAreRefusedWithTheVersionSpecifiersLink() {
        assertThat(rejection(form("version", "1.0+Local"))).isEqualTo(
                "The use of local versions in '1.0+local' is not allowed. See "
                        + "https://packaging.python.org/en/latest/specifications/version-specifiers/#local-version-identifiers"
                        + " for more information.");
    }

    @Test
    void theNameIsRequiredAndMustBeValid() {
        assertThat(rejection(form("name", ""))).isEqualTo("'name' is a required field." + SEE);
        assertThat(rejection(form("name", "foo-"))).isEqualTo("'foo-' is invalid for 'name'." + SEE);
    }

    @Test
    void aSingleUseFieldSentTwiceHasInvalidData() {
        assertThat(rejection(form("keywords", "a,b", "keywords", "c"))).isEqualTo("'keywords' has invalid data." + SEE);
        assertThat(rejection(form("summary", "a", "summary", "b"))).isEqualTo("'summary' has invalid data." + SEE);
    }

    @Test
    void aFieldNewerThanTheMetadataVersionIsRefused() {
        assertThat(rejection(form("metadata_version", "2.1", "license_expression", "MIT")))
                .isEqualTo("license-expression introduced in metadata version 2.4, not 2.1." + SEE);
        assertThat(rejection(form("metadata_version", "2.1", "license_file", "LICENSE")))
                .isEqualTo("license-file introduced in metadata version 2.4, not 2.1." + SEE);
        assertThat(rejection(form("metadata_version", "2.4", "import_names", "demo")))
                .isEqualTo("import-name introduced in metadata version 2.5, not 2.4." + SEE);
    }

    @Test
    void summariesAreOneLineOfAtMost512Characters() {
        assertThat(validator.validate(form("summary", "x".repeat(512))).summary()).hasSize(512);
        assertThat(rejection(form("summary", "x".repeat(513))))
                .isEqualTo("'summary' field must be 512 characters or less." + SEE);
        assertThat(rejection(form("summary", "two\nlines"))).isEqualTo("'summary' must be a single line." + SEE);
    }

    @Test
    void descriptionContentTypesAreLimitedToThreeTypesUtf8AndTwoMarkdownVariants() {
        assertThat(rejection(form("description_content_type", "text/html")))
                .startsWith("'description-content-type' must be one of [").endsWith("], not 'text/html'." + SEE);
        assertThat(rejection(form("description_content_type", "text/plain; charset=latin-1")))
                .isEqualTo("'description-content-type' can only specify the UTF-8 charset, not 'latin-1'." + SEE);
        assertThat(rejection(form("description_content_type", "text/markdown; variant=commonmark")))
                .isEqualTo("valid Markdown variants for 'description-content-type' are ['GFM', 'CommonMark'], not 'commonmark'." + SEE);
        assertThat(validator.validate(form("description_content_type", "text/markdown; charset=UTF-8; variant=GFM"))
                .descriptionContentType()).isEqualTo("text/markdown; charset=UTF-8; variant=GFM");
    }

    @Test
    void invalidEmailAddressesAreNamedWithTheReason() {
        assertThat(rejection(form("author_email", "Jane <jane@localhost>")))
                .startsWith("'jane@localhost' is not a valid email address: ").endsWith(SEE);
        assertThat(rejection(form("maintainer_email", "a@example.com, broken@")))
                .startsWith("'broken@' is not a valid email address: ");
        assertThat(validator.validate(form("author_email", "\"Doe, Jane\" <jane@example.com>, john@example.org (John)"))
                .authorEmail()).isEqualTo("\"Doe, Jane\" <jane@example.com>, john@example.org (John)");
    }

    @Test
    void homePageAndDownloadUrlMustBeHttpUrls() {
        assertThat(rejection(form("home_page", "ftp://example.com"))).isEqualTo("'ftp://example.com' is not a valid url." + SEE);
        assertThat(rejection(form("download_url", "example.com"))).isEqualTo("'example.com' is not a valid url." + SEE);
    }

    @Test
    void projectUrlsNeedALabelOfAtMost32CharactersAndAValidUrl() {
        assertThat(rejection(form("project_urls", ", https://example.com"))).isEqualTo("Must have a label." + SEE);
        assertThat(rejection(form("project_urls", "X".repeat(33) + ", https://example.com")))
                .isEqualTo("'" + "X".repeat(33) + "' must be 32 characters or less." + SEE);
        assertThat(rejection(form("project_urls", "Source"))).isEqualTo("Must have a URL." + SEE);
        assertThat(rejection(form("project_urls", "Source, ftp://x"))).isEqualTo("'ftp://x' is not a valid url." + SEE);
        assertThat(rejection(form("project_urls", "A, https://a", "project_urls", "A, https://b")))
                .isEqualTo("'project_urls' has invalid data." + SEE);
    }

    @Test
    void classifiersMustBeKnownAndNotDeprecated() {
        assertThat(rejection(form("classifiers", "Foo :: Bar"))).isEqualTo("'Foo :: Bar' is not a valid classifier." + SEE);
        assertThat(rejection(form("classifiers", "Natural Language :: Ukranian"))).isEqualTo(
                "The classifier 'Natural Language :: Ukranian' has been deprecated, use one of "
                        + "['Natural Language :: Ukrainian'] instead." + SEE);
        assertThat(rejection(form("classifiers", "License :: OSI Approved :: Intel Open Source License"))).isEqualTo(
                "The classifier 'License :: OSI Approved :: Intel Open Source License' has been deprecated." + SEE);
    }

    @Test
    void requiresDistMustParseAndMustNotBeADirectReference() {
        assertThat(rejection(form("requires_dist", "foo >=1.0 bar")))
                .isEqualTo("'foo >=1.0 bar' is invalid for 'requires-dist'." + SEE);
        assertThat(rejection(form("requires_dist", "pip@https://x/pip.zip ;os_name=='nt'")))
                .isEqualTo("Can't have direct dependency: pip @ https://x/pip.zip ; os_name == \"nt\"." + SEE);
    }

    @Test
    void providesAndObsoletesDistAreCheckedByPypiItself() {
        assertThat(rejection(form("provides_dist", "foo @ https://x")))
                .isEqualTo("Can't have direct dependency: 'foo @ https://x'." + SEE);
        assertThat(rejection(form("obsoletes_dist", "foo >=1.0 bar"))).isEqualTo(
                "'foo >=1.0 bar' is invalid: Expected comma (within version specifier), semicolon (after version "
                        + "specifier) or end\n    foo >=1.0 bar\n        ~~~~~~^." + SEE);
    }

    @Test
    void requiresPythonAndProvidesExtraMustParse() {
        assertThat(rejection(form("requires_python", ">=3.8.*"))).isEqualTo("'>=3.8.*' is invalid for 'requires-python'." + SEE);
        assertThat(rejection(form("provides_extra", "-bad"))).isEqualTo("'-bad' is invalid for 'provides-extra'." + SEE);
    }

    @Test
    void dynamicMayNotNameIdentityFieldsOrUnknownFields() {
        assertThat(rejection(form("dynamic", "Name"))).isEqualTo("'name' is not allowed as a dynamic field." + SEE);
        assertThat(rejection(form("dynamic", "Bogus"))).isEqualTo("'bogus' is not a valid dynamic field." + SEE);
        assertThat(rejection(form("dynamic", "Dynamic"))).isEqualTo("Dynamic field 'dynamic' is not a valid dynamic field." + SEE);
    }

    @Test
    void licenseAndLicenseExpressionAreMutuallyExclusive() {
        assertThat(rejection(form("license", "MIT", "license_expression", "MIT"))).isEqualTo(
                "License is deprecated when License-Expression is present. Only License-Expression should be present." + SEE);
    }

    @Test
    void licenseExpressionsMustBeValidSpdx() {
        assertThat(rejection(form("license_expression", "Use-it-after-midnight")))
                .isEqualTo("'Use-it-after-midnight' is invalid for 'license-expression'." + SEE);
    }

    @Test
    void licenseFilePathsMustBeRelativeResolvedAndSlashSeparated() {
        assertThat(rejection(form("license_file", "../LICENSE")))
                .isEqualTo("'../LICENSE' is invalid for 'license-file', parent directory indicators are not allowed." + SEE);
        assertThat(rejection(form("license_file", "LICENSE*"))).isEqualTo("'LICENSE*' is invalid for 'license-file', paths must be resolved." + SEE);
        assertThat(rejection(form("license_file", "/LICENSE"))).isEqualTo("'/LICENSE' is invalid for 'license-file', paths must be relative." + SEE);
        assertThat(rejection(form("license_file", "C:LICENSE"))).isEqualTo("'C:LICENSE' is invalid for 'license-file', paths must be relative." + SEE);
        assertThat(rejection(form("license_file", "a\\b"))).isEqualTo("'a\\\\b' is invalid for 'license-file', paths must use '/' delimiter." + SEE);
        assertThat(validator.validate(form("license_file", "licenses/LICENSE.txt")).licenseFiles()).containsExactly("licenses/LICENSE.txt");
    }

    @Test
    void importNamesMustBeDottedIdentifiersOptionallyPrivate() {
        assertThat(rejection(form("import_name", "1demo")))
                .isEqualTo("'1demo' is invalid for 'import-name'; '1demo' is not a valid identifier." + SEE);
        assertThat(rejection(form("import_name", "demo.class")))
                .isEqualTo("'demo.class' is invalid for 'import-name'; 'class' is a keyword." + SEE);
        assertThat(rejection(form("import_namespace", "demo;public")))
                .isEqualTo("'demo;public' is invalid for 'import-namespace'; the only valid option is 'private'." + SEE);
        assertThat(validator.validate(form("import_name", "demo.sub ; private")).importNames()).containsExactly("demo.sub ; private");
    }

    @Test
    void metadataVersionThenNameThenVersionErrorsWinOverOthers() {
        assertThat(rejection(form("metadata_version", "2.0", "name", "foo-", "version", "dog")))
                .startsWith("'2.0' is not a valid metadata version.");
        assertThat(rejection(form("name", "foo-", "version", "dog", "requires_python", "x")))
                .startsWith("'foo-' is invalid for 'name'.");
        assertThat(rejection(form("version", "dog", "requires_python", "x"))).startsWith("'dog' is invalid for 'version'.");
    }

    @Test
    void otherwiseTheAlphabeticallyFirstFieldIsReported() {
        String longSummary = "x".repeat(600);
        assertThat(rejection(form("summary", longSummary, "project_urls", "X, ftp://x", "classifiers", "Foo")))
                .startsWith("'Foo' is not a valid classifier.");
        assertThat(rejection(form("summary", longSummary, "project_urls", "X, ftp://x")))
                .startsWith("'ftp://x' is not a valid url.");
        assertThat(rejection(form("summary", longSummary, "author_email", "x@localhost")))
                .startsWith("'x@localhost' is not a valid email address");
        assertThat(rejection(form("summary", "a\nb", "requires_python", "x", "dynamic", "name")))
                .startsWith("'name' is not allowed as a dynamic field.");
    }

    @Test
    void packagingErrorsHidePypisOwnRules() {
        // PyPI only applies its own rules once packaging has accepted the metadata.
        assertThat(rejection(form("classifiers", "Foo", "requires_python", "x")))
                .isEqualTo("'x' is invalid for 'requires-python'." + SEE);
    }

    @Test
    void emptyValuesCountAsAbsentAndUnknownKeysAreIgnored() {
        UploadMetadata metadata = validator.validate(form("requires_python", "", "summary", "", "unknown", "x",
                "license_files", "ignored", "platforms", "ignored"));
        assertThat(metadata.requiresPython()).isNull();
        assertThat(metadata.summary()).isNull();
        assertThat(metadata.licenseFiles()).isEmpty();
        assertThat(metadata.platforms()).isEmpty();
    }

    @Test
    void uvsPluralImportNameKeysAreAcceptedToo() {
        assertThat(validator.validate(form("import_names", "demo", "import_namespaces", "ns")).importNames()).containsExactly("demo");
        assertThat(validator.validate(form("import_namespaces", "ns")).importNamespaces()).containsExactly("ns");
    }

    @Test
    void anAcceptedFormYieldsTypedNormalisedMetadata() {
        Map<String, List<String>> form = form(
                "name", "Demo_Pkg", "version", "v1.0-RC1", "summary", "A demo", "keywords", "a, b ,c",
                "license_expression", "mit or apache-2.0", "provides_extra", "Test_Extra.Name",
                "project_urls", "Source, https://example.com/src", "project_urls", "Docs, https://example.com/docs",
                "requires_dist", "requests>=2", "requires_python", ">= 3.8", "dynamic", "Requires-Dist",
                "classifiers", "Programming Language :: Python :: 3", "platform", "Linux", "platform", "any");
        UploadMetadata metadata = validator.validate(form);
        assertThat(metadata.name().display()).isEqualTo("Demo_Pkg");
        assertThat(metadata.name().normalized()).isEqualTo("demo-pkg");
        assertThat(metadata.version()).hasToString("1.0rc1");
        assertThat(metadata.keywords()).containsExactly("a", "b", "c");
        assertThat(metadata.licenseExpression()).isEqualTo("MIT OR Apache-2.0");
        assertThat(metadata.providesExtra()).containsExactly("test-extra-name");
        assertThat(metadata.projectUrls()).containsExactly(
                Map.entry("Source", "https://example.com/src"), Map.entry("Docs", "https://example.com/docs"));
        assertThat(metadata.requiresDist()).hasSize(1);
        assertThat(metadata.requiresDist().get(0)).hasToString("requests>=2");
        assertThat(metadata.requiresPython()).hasToString(">=3.8");
        assertThat(metadata.dynamic()).containsExactly("requires-dist");
        assertThat(metadata.platforms()).containsExactly("Linux", "any");
        assertThat(metadata.description()).isNull();
        assertThatThrownBy(() -> metadata.classifiers().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> metadata.projectUrls().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theExceptionExposesTheFieldAndTheBareReason() {
        assertThatThrownBy(() -> validator.validate(form("requires_python", "x")))
                .isInstanceOfSatisfying(MetadataValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("requires-python");
                    assertThat(e.reason()).isEqualTo("'x' is invalid for 'requires-python'");
                });
    }
}
