package dev.larder.upload;

/**
 * The texts PyPI answers uploads with, kept word for word because clients match on some of them
 * (twine looks for "already exist"). Where PyPI appends "See https://pypi.org/help/#...", Larder
 * stops after the sentence: those pages describe pypi.org, not this index. Messages that point to
 * public specifications (packaging.python.org, PEPs) keep their links.
 */
final class UploadMessages {
    private UploadMessages() {}

    static final String PASSWORD_LOGIN = "Username/Password authentication is no longer supported. "
            + "Migrate to API Tokens or Trusted Publishers instead.";
    static final String NO_IDENTITY = "Invalid or non-existent authentication information.";
    static final String PRE_REGISTRATION = "Project pre-registration is no longer required or supported, upload your files instead.";
    static final String DOC_UPLOAD = "Uploading documentation is no longer supported, we recommend using https://readthedocs.org/.";
    static final String UNKNOWN_ACTION = "Missing or unknown :action. Use ':action=file_upload' to upload a file.";
    static final String PROTOCOL = "Unknown protocol version.";
    static final String NO_FILE = "Upload payload does not have a file.";
    static final String NON_PRINTABLE = "Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name.";
    static final String SLASH = "Cannot upload a file with '/' or '\\' in the name.";
    static final String INVALID_DIST = "Invalid distribution file.";
    static final String DIGEST_MISMATCH = "The digest supplied does not match a digest calculated from the uploaded file.";
    static final String FILENAME_REUSED = "This filename was previously used by a file that has since been deleted. Use a different version.";
    static final String OLD_RELEASE = "Uploading new files to releases older than 14 days is not allowed.";
    static final String ONE_SDIST = "Only one sdist may be uploaded per release.";
    static final String NON_USER_CANNOT_CREATE = "Non-user identities cannot create new projects. This was probably caused by "
            + "successfully using a pending publisher but specifying the project name incorrectly (either in the publisher "
            + "or in your project's metadata). Please ensure that both match.";
    static final String ATTESTATIONS_UNSUPPORTED = "Invalid attestations supplied during upload: this index does not verify "
            + "PEP 740 attestations yet; upload without them (uv publish --no-attestations, or attestations: false in "
            + "pypa/gh-action-pypi-publish)";
    static final String ATTESTATIONS_NEED_TP = "Invalid attestations supplied during upload: Attestations are only supported when using Trusted Publishing";

    static String badExtensionForType(String ext, String filetype) {
        return "Invalid file extension: Extension " + ext + " is invalid for filetype " + filetype
                + ". See https://www.python.org/dev/peps/pep-0527 for more information.";
    }

    static final String NO_EXTENSION = "Invalid file extension: Use .tar.gz, .whl or .zip extension. "
            + "See https://www.python.org/dev/peps/pep-0527 and https://peps.python.org/pep-0715/ for more information";

    static String fileTooLarge(String project, String limit) {
        return "File too large. Limit for project '" + project + "' is " + limit + ".";
    }

    static String projectTooLarge(String project, String limit) {
        return "Project size too large. Limit for project '" + project + "' total size is " + limit + ".";
    }

    static String alreadyExists(String filename, String blake2) {
        return "File already exists ('" + filename + "', with blake2_256 hash '" + blake2 + "').";
    }

    static String notAllowed(String user, String project) {
        return "The user '" + user + "' isn't allowed to upload to project '" + project + "'.";
    }

    static String tokenNotAllowed(String project) {
        return "The given token isn't allowed to upload to project '" + project + "'.";
    }

    static String trustedPublishingOnly(String project) {
        return "Project '" + project + "' accepts uploads only from its trusted publishers; API tokens cannot upload to it.";
    }

    static String invalidToken(String reason) {
        return "Invalid API Token: " + reason;
    }

    static String invalidName(String name) {
        return "The name '" + name + "' is invalid.";
    }

    static String metadataMismatch(String what, String inFile, String inForm) {
        return "Invalid distribution file. The " + what + " in the file's metadata ('" + inFile
                + "') does not match the uploaded " + what + " ('" + inForm + "').";
    }
}
