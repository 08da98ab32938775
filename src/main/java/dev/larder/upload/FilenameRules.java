package dev.larder.upload;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PyPI's step 13: characters a filename may not hold, and the extensions each file type allows (PEP 527, PEP 715). */
final class FilenameRules {
    private static final Pattern EXTENSION = Pattern.compile(".+?(\\.(tar\\.gz|zip|whl))$", Pattern.CASE_INSENSITIVE);

    private FilenameRules() {}

    static void check(String filename, String filetype) {
        for (int i = 0; i < filename.length(); i++) {
            char c = filename.charAt(i);
            if (c < 32 || c == 127) {
                throw UploadRejected.badRequest(UploadMessages.NON_PRINTABLE);
            }
        }
        if (filename.contains("/") || filename.contains("\\")) {
            throw UploadRejected.badRequest(UploadMessages.SLASH);
        }
        Matcher m = EXTENSION.matcher(filename);
        if (!m.matches()) {
            throw UploadRejected.badRequest(UploadMessages.NO_EXTENSION);
        }
        String ext = m.group(1);
        String lower = ext.toLowerCase(Locale.ROOT);
        boolean allowed = filetype.equals("sdist") ? lower.equals(".tar.gz") || lower.equals(".zip") : lower.equals(".whl");
        if (!allowed) {
            throw UploadRejected.badRequest(UploadMessages.badExtensionForType(ext, filetype));
        }
    }
}
