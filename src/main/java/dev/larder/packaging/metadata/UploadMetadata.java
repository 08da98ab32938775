package dev.larder.packaging.metadata;

import dev.larder.packaging.ProjectName;
import dev.larder.packaging.Requirement;
import dev.larder.packaging.SpecifierSet;
import dev.larder.packaging.Version;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The core metadata of an accepted upload, typed and immutable, as
 * {@link UploadMetadataValidator#validate(java.util.Map)} returns it.
 *
 * <p>Single-use fields that were absent are null; multiple-use fields that were absent are
 * empty lists. Values are as uploaded except where packaging normalises them:
 * {@code licenseExpression} is canonical SPDX ({@code mit} becomes {@code MIT}),
 * {@code providesExtra} entries are PEP 503-normalized, {@code dynamic} entries are
 * lower-cased, {@code keywords} is the comma-separated form value split and stripped.
 * {@code projectUrls} keeps label order. {@code platforms} holds every {@code platform} value
 * (PyPI stores only the first).
 */
public record UploadMetadata(
        String metadataVersion,
        ProjectName name,
        Version version,
        String summary,
        String description,
        String descriptionContentType,
        List<String> keywords,
        String homePage,
        String downloadUrl,
        String author,
        String authorEmail,
        String maintainer,
        String maintainerEmail,
        String license,
        String licenseExpression,
        List<String> licenseFiles,
        List<String> classifiers,
        List<String> platforms,
        List<String> supportedPlatforms,
        List<Requirement> requiresDist,
        SpecifierSet requiresPython,
        List<String> requiresExternal,
        Map<String, String> projectUrls,
        List<String> providesExtra,
        List<String> providesDist,
        List<String> obsoletesDist,
        List<String> requires,
        List<String> provides,
        List<String> obsoletes,
        List<String> dynamic,
        List<String> importNames,
        List<String> importNamespaces) {

    public UploadMetadata {
        keywords = List.copyOf(keywords);
        licenseFiles = List.copyOf(licenseFiles);
        classifiers = List.copyOf(classifiers);
        platforms = List.copyOf(platforms);
        supportedPlatforms = List.copyOf(supportedPlatforms);
        requiresDist = List.copyOf(requiresDist);
        requiresExternal = List.copyOf(requiresExternal);
        projectUrls = Collections.unmodifiableMap(new LinkedHashMap<>(projectUrls));
        providesExtra = List.copyOf(providesExtra);
        providesDist = List.copyOf(providesDist);
        obsoletesDist = List.copyOf(obsoletesDist);
        requires = List.copyOf(requires);
        provides = List.copyOf(provides);
        obsoletes = List.copyOf(obsoletes);
        dynamic = List.copyOf(dynamic);
        importNames = List.copyOf(importNames);
        importNamespaces = List.copyOf(importNamespaces);
    }
}
